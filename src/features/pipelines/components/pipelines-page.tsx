import { useDeferredValue, useMemo } from 'react';
import { LoadProblem } from '@/components/ui/load-problem';
import { firstLoadProblem } from '@/lib/query-problem';
import { usePipelines } from '../api/get-pipelines';
import { usePollStatus } from '../api/get-poll-status';
import { RUN_STATUSES } from '../api/pipeline-schema';
import { useListState } from '../hooks/use-list-state';
import { NO_RUNS, toggleSort } from '../utils/list-url-state';
import {
  filterPipelines,
  mergePolling,
  sortPipelines,
  statusFilterOptions,
  summarisePipelines,
} from '../utils/pipeline-list';
import { PipelineSummaryCounts } from './pipeline-summary-counts';
import { PipelinesEmpty, PipelinesTableSkeleton } from './pipelines-placeholders';
import { PipelinesTable } from './pipelines-table';
import { PipelinesToolbar } from './pipelines-toolbar';
import { RunPollingCycleButton } from './run-polling-cycle-button';

/** /pipelines: every pipeline at a glance, filtered and sorted through the URL. */
export function PipelinesPage() {
  const [state, setState] = useListState();
  const pipelines = usePipelines();
  const poll = usePollStatus();
  const problem = firstLoadProblem(pipelines);

  const all = useMemo(
    () => (pipelines.data ? mergePolling(pipelines.data, poll.data?.pipelines) : undefined),
    [pipelines.data, poll.data],
  );
  // Sorting is the costly step; it does not depend on the filter text, so typing only re-filters.
  const sorted = useMemo(() => (all ? sortPipelines(all, state.sort, state.dir) : []), [all, state.sort, state.dir]);
  // The box shows each key at once; the table follows in a render React may interrupt for the next key.
  const q = useDeferredValue(state.q);
  const shown = useMemo(() => filterPipelines(sorted, { q, status: state.status }), [sorted, q, state.status]);
  const summary = useMemo(() => (all ? summarisePipelines(all) : undefined), [all]);
  const statusOptions = useMemo(() => {
    const options = statusFilterOptions(all ?? [], RUN_STATUSES);
    // A link may name a status no pipeline has right now; the select must still show it.
    return state.status && state.status !== NO_RUNS && !options.includes(state.status)
      ? [...options, state.status]
      : options;
  }, [all, state.status]);

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-lg font-semibold">Pipelines</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Every pipeline, its last run and its touch-file polling.
          </p>
        </div>
        <RunPollingCycleButton />
      </header>

      <PipelineSummaryCounts summary={summary} state={state} />

      <PipelinesToolbar
        state={state}
        onChange={setState}
        statusOptions={statusOptions}
        shown={shown.length}
        total={all?.length ?? 0}
      />

      {all === undefined ? (
        problem ? (
          <LoadProblem
            error={problem}
            what="the pipelines"
            action={
              <button
                type="button"
                onClick={() => void pipelines.refetch()}
                className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-700"
              >
                Try again
              </button>
            }
          />
        ) : (
          <PipelinesTableSkeleton />
        )
      ) : all.length === 0 ? (
        <PipelinesEmpty kind="none" />
      ) : shown.length === 0 ? (
        <PipelinesEmpty kind="filtered" onClear={() => setState({ ...state, q: '', status: null })} />
      ) : (
        <PipelinesTable rows={shown} state={state} onSort={(key) => setState(toggleSort(state, key))} />
      )}
    </div>
  );
}
