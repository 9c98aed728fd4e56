import { useQueries } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { firstLoadProblem } from '@/lib/query-problem';
import {
  PAGE_SIZE,
  pipelinePageQuery,
  usePipelines,
  type PipelinePage,
  type PipelineView,
  type UnpagedList,
} from '../api/get-pipelines';
import { usePollStatus } from '../api/get-poll-status';
import type { Pipeline } from '../api/pipeline-schema';
import {
  filterPipelines,
  mergePolling,
  sortPipelines,
  summarisePipelines,
  type PipelineSummary,
} from '../utils/pipeline-list';

/** How long typing must pause before the filter text goes to the API. */
const TEXT_SETTLE_MS = 250;

/** Rows of the list from `first` to `last` (indexes in the filtered, sorted list) are on screen. */
export interface RowRange {
  first: number;
  last: number;
}

export interface PipelineRows {
  /** Rows that match the filters; undefined until the first answer. */
  count: number | undefined;
  rowAt: (index: number) => Pipeline | undefined;
  /** Every pipeline, and how many are running, failed, … (whatever the filters). */
  summary: PipelineSummary | undefined;
  /** Last-run statuses seen, known or not (for the status filter's options). */
  statuses: readonly string[];
  problem: unknown;
  retry: () => void;
}

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
  const [knownUnpaged, setKnownUnpaged] = useState(false);

  const q = useSettled(view.q, TEXT_SETTLE_MS);
  const serverView = useMemo(
    () => ({ q, statuses: view.statuses, sort: view.sort, dir: view.dir }),
    [q, view.statuses, view.sort, view.dir],
  );
  const firstPage = Math.floor(range.first / PAGE_SIZE);
  const lastPage = Math.max(firstPage, Math.floor(range.last / PAGE_SIZE));
  const pages = useQueries({
    queries: Array.from({ length: lastPage - firstPage + 1 }, (_, i) =>
      pipelinePageQuery(serverView, firstPage + i, pollMs, !knownUnpaged),
    ),
  });
  const unpaged = knownUnpaged || pages.some((p) => p.data?.kind === 'unpaged');
  if (unpaged && !knownUnpaged) setKnownUnpaged(true);

  const paged = usePagedRows(pages);
  const everything = useClientRows(view, unpaged);

  if (unpaged) return everything;
  const pageProblem = pages.map((p) => firstLoadProblem(p)).find((problem) => problem !== null) ?? null;
  return {
    ...paged,
    problem: paged.count === undefined ? pageProblem : null,
    retry: () => pages.forEach((p) => void p.refetch()),
  };
}

/**
 * Rows from the loaded pages; total and counts from the newest of them. While a new filter,
 * sort or scroll position has no page yet, the pages shown last stay (rows still on their
 * way are placeholders), so the table never drops back to a skeleton.
 */
function usePagedRows(results: readonly { data: PipelinePage | UnpagedList | undefined; dataUpdatedAt: number }[]) {
  const fresh = results.flatMap((r) => (r.data?.kind === 'page' ? [{ page: r.data, at: r.dataUpdatedAt }] : []));
  const [held, setHeld] = useState(fresh);
  const changed = fresh.length !== held.length || fresh.some((f, i) => f.page !== held[i]?.page);
  if (fresh.length > 0 && changed) setHeld(fresh);
  const shown = fresh.length > 0 ? fresh : held;
  const newest = shown.reduce<(typeof shown)[number] | undefined>(
    (best, r) => (best && best.at >= r.at ? best : r),
    undefined,
  )?.page;
  const byPage = new Map(shown.map(({ page }) => [page.offset / PAGE_SIZE, page]));
  const counts = newest?.counts;
  const summary = useMemo(() => (counts ? summaryOf(counts) : undefined), [counts]);
  const statuses = useMemo(
    () => Object.keys(counts ?? {}).filter((s) => s !== 'none' && (counts?.[s] ?? 0) > 0),
    [counts],
  );
  return {
    count: newest?.total,
    rowAt: (index: number) => byPage.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE],
    summary,
    statuses,
  };
}

function summaryOf(counts: Record<string, number>): PipelineSummary {
  return {
    running: counts.running ?? 0,
    failed: counts.failed ?? 0,
    completedWithErrors: counts.completed_with_errors ?? 0,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
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

/** The value once it has stopped changing for `ms`; the first value at once. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
