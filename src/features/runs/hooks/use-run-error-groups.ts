import { useErrorGroups, useRunErrorSummary, type ErrorGroupsView } from './use-error-groups';
import { useValidationErrorRows, type ErrorRows, type ErrorRowsOptions } from './use-validation-error-rows';

const FIRST_PAGE = [0, 0] as const;
const NO_SEED: never[] = [];

/**
 * A run's error pages and its error groups: the API's summary, or, when it has none (404),
 * every error page counted in the browser, so then every page is asked for.
 */
export function useErrorRowsWithGroups(options: ErrorRowsOptions): { rows: ErrorRows; groups: ErrorGroupsView } {
  const summary = useRunErrorSummary(options.pipelineId, options.runId, options.live);
  const countInBrowser = summary.data === null;
  const rows = useValidationErrorRows({ ...options, needAll: options.needAll || countInBrowser });
  return { rows, groups: useErrorGroups(summary, rows.pages) };
}

/** A run's error groups without its table (the compare page). */
export function useRunErrorGroups(pipelineId: string, runId: string, live: boolean): ErrorGroupsView {
  return useErrorRowsWithGroups({ pipelineId, runId, live, needAll: false, visiblePages: FIRST_PAGE, seed: NO_SEED })
    .groups;
}
