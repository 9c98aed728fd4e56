import { useCallback, useDeferredValue, useMemo } from 'react';
import { usePagedList, useSettled, type ListRows, type RowRange } from '@/hooks/use-paged-list';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { firstLoadProblem } from '@/lib/query-problem';
import { attentionCounts } from '@/lib/status-counts';
import { PAGE_SIZE, pipelinePageQuery, usePipelines, type PipelineView } from '../api/get-pipelines';
import { usePollStatus } from '../api/get-poll-status';
import type { Pipeline } from '../api/pipeline-schema';
import { filterPipelines, mergePolling, sortPipelines, summarisePipelines } from '../utils/pipeline-list';

/** How long typing must pause before the filter text goes to the API. */
const TEXT_SETTLE_MS = 250;

/** The summary counts every pipeline by last-run status, whatever the filters. */
export type PipelineRows = ListRows<Pipeline>;

/**
 * The rows of /pipelines for a view (filter and sort) and the rows on screen.
 *
 * An API that pages (it answers `offset`) is asked for the pages the visible rows need, one
 * query per page, so polling re-reads those pages only; filter, sort and counts are the API's.
 * An API that ignores the parameters and sends everything is served as before: the whole list
 * is held, merged with the poll endpoint's touch-file state, and filtered and sorted here.
 * Which kind of API it is shows in its first answer, and stays known while the page is open.
 */
export function usePipelineRows(view: PipelineView, range: RowRange): PipelineRows {
  const pollMs = usePollInterval('list');
  const q = useSettled(view.q, TEXT_SETTLE_MS);
  const serverView = useMemo(
    () => ({ q, statuses: view.statuses, sort: view.sort, dir: view.dir }),
    [q, view.statuses, view.sort, view.dir],
  );
  const pageQuery = useCallback(
    (index: number, enabled: boolean) => pipelinePageQuery(serverView, index, pollMs, enabled),
    [serverView, pollMs],
  );
  const paged = usePagedList(pageQuery, range, PAGE_SIZE);
  const counts = paged.counts;
  const summary = useMemo(() => (counts ? attentionCounts(counts) : undefined), [counts]);
  const statuses = useMemo(
    () => Object.keys(counts ?? {}).filter((s) => s !== 'none' && (counts?.[s] ?? 0) > 0),
    [counts],
  );
  const everything = useClientRows(view, paged.unpaged);

  if (paged.unpaged) return everything;
  return {
    count: paged.count,
    rowAt: paged.rowAt,
    summary,
    statuses,
    problem: paged.problem,
    retry: paged.retry,
  };
}

/** The tolerant path: every pipeline in memory, filtered and sorted here (smooth to about 5,000 pipelines). */
function useClientRows(view: PipelineView, enabled: boolean): PipelineRows {
  const pipelines = usePipelines(enabled);
  const poll = usePollStatus(enabled);
  const all = useMemo(
    () => (pipelines.data ? mergePolling(pipelines.data, poll.data?.pipelines) : undefined),
    [pipelines.data, poll.data],
  );
  // Sorting is the costly step; it does not depend on the filter text, so typing only re-filters.
  const sorted = useMemo(() => (all ? sortPipelines(all, view.sort, view.dir) : []), [all, view.sort, view.dir]);
  // The box shows each key at once; the table follows in a render React may interrupt for the next key.
  const q = useDeferredValue(view.q);
  const shown = useMemo(() => filterPipelines(sorted, { q, statuses: view.statuses }), [sorted, q, view.statuses]);
  const summary = useMemo(() => (all ? summarisePipelines(all) : undefined), [all]);
  const statuses = useMemo(() => [...new Set((all ?? []).flatMap((p) => p.lastRunStatus ?? []))], [all]);
  return {
    count: all ? shown.length : undefined,
    rowAt: (index) => shown[index],
    summary,
    statuses,
    problem: firstLoadProblem(pipelines),
    retry: () => void pipelines.refetch(),
  };
}
