import { useErrorGroups, useRunErrorSummary, type ErrorGroupsView } from './use-error-groups';
import { useValidationErrorRows } from './use-validation-error-rows';

const FIRST_PAGE = [0, 0] as const;
const NO_SEED: never[] = [];

/** A run's error groups without its table: the API's summary, or every error page counted in the browser. */
export function useRunErrorGroups(pipelineId: string, runId: string, live: boolean): ErrorGroupsView {
  const summary = useRunErrorSummary(pipelineId, runId, live);
  const countInBrowser = summary.data === null;
  const rows = useValidationErrorRows({
    pipelineId,
    runId,
    live,
    needAll: countInBrowser,
    visiblePages: FIRST_PAGE,
    seed: NO_SEED,
  });
  return useErrorGroups(summary, rows.pages);
}
