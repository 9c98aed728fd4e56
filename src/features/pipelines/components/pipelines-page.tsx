import { useMemo } from 'react';
import { EmptyList, TableSkeleton } from '@/components/ui/list-placeholders';
import { useRowRange } from '@/hooks/use-paged-list';
import { useUrlFilter, type UrlFilterCodec } from '@/hooks/use-url-filter';
import { LoadProblem } from '@/components/ui/load-problem';
import { PAGE_SIZE } from '../api/get-pipelines';
import { RUN_STATUSES } from '@/features/runs/api/schemas';
import { usePipelineRows } from '../hooks/use-pipeline-rows';
import { listStateToParams, NO_RUNS, parseListState, toggleSort, type ListState } from '../utils/list-url-state';
import { statusFilterOptions } from '../utils/pipeline-list';
import { PipelineSummaryCounts } from './pipeline-summary-counts';
import { PipelinesTable } from './pipelines-table';
import { PipelinesToolbar } from './pipelines-toolbar';
import { RunPollingCycleButton } from './run-polling-cycle-button';

const LIST_IN_URL: UrlFilterCodec<ListState> = { parse: parseListState, toParams: listStateToParams };

/** /pipelines: every pipeline at a glance, filtered and sorted through the URL. */
export function PipelinesPage() {
  const [state, setState] = useUrlFilter(LIST_IN_URL);
  const [range, onRangeChange] = useRowRange(PAGE_SIZE);
  const list = usePipelineRows(state, range);
  const statusOptions = useMemo(() => {
    const options = statusFilterOptions(list.statuses, RUN_STATUSES);
    // A link may name a status no pipeline has right now; its box must still be there to untick.
    const named = state.statuses.filter((status) => status !== NO_RUNS && !options.includes(status));
    return [...options, ...named];
  }, [list.statuses, state.statuses]);
  const all = list.summary?.total;

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

      <PipelineSummaryCounts summary={list.summary} state={state} />

      <PipelinesToolbar
        state={state}
        onChange={setState}
        statusOptions={statusOptions}
        shown={list.count ?? 0}
        total={all ?? 0}
      />

      {list.count === undefined ? (
        list.problem ? (
          <LoadProblem
            error={list.problem}
            what="the pipelines"
            action={
              <button
                type="button"
                onClick={list.retry}
                className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-700"
              >
                Try again
              </button>
            }
          />
        ) : (
          <TableSkeleton what="pipelines" />
        )
      ) : all === 0 ? (
        <EmptyList
          title="No pipelines yet"
          hint="Pipelines appear here as soon as they are created in the ingestion service. If you expected some, check that Pipewatch points at the right API."
        />
      ) : list.count === 0 ? (
        <EmptyList
          title="No pipeline matches these filters"
          hint="Try another name, or show every status."
          action={{ label: 'Show all pipelines', onClick: () => setState({ ...state, q: '', statuses: [] }) }}
        />
      ) : (
        <PipelinesTable
          count={list.count}
          rowAt={list.rowAt}
          onRangeChange={onRangeChange}
          state={state}
          onSort={(key) => setState(toggleSort(state, key))}
        />
      )}
    </div>
  );
}
