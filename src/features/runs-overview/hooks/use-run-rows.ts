import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { usePagedList, useSettled, type ListRows, type RowRange } from '@/hooks/use-paged-list';
import { useHeldWhile } from '@/hooks/use-held-while';
import { usePageHidden } from '@/hooks/use-page-hidden';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { isRetryableStatus, RETRYABLE_STATUSES } from '@/lib/auth/policy';
import { firstLoadProblem } from '@/lib/query-problem';
import { attentionCounts, countByStatus } from '@/lib/status-counts';
import { formatStatusList } from '@/lib/status-list';
import {
  allRunsQuery,
  fetchAllRuns,
  RUNS_VIEW_PAGE,
  runsPageQuery,
  type RunAcross,
  type RunsView,
} from '../api/get-all-runs';
import { runsInView, SINCE_STEP_MS, sinceParam, withStatuses, type RunsFilter } from '../lib/runs-filter';
import { runKey } from '../lib/selection';

/** How long typing must pause before the filter text goes to the API. */
const TEXT_SETTLE_MS = 250;

/** The summary counts the window (time and text) by status, whatever statuses are ticked. */
export interface RunRows extends ListRows<RunAcross> {
  /** Runs in view that can be retried (failed or completed with errors). */
  retryable: number;
  /** Every retryable run in view, for "select all": read from the API when the list is paged. */
  retryableRuns: (signal?: AbortSignal) => Promise<RunAcross[]>;
  /**
   * The newest state the page has of these runs. Read whole, the list is complete, so a run
   * it no longer has is left out; read in pages, a run on no loaded page stays as it was.
   */
  latestOf: (runs: readonly RunAcross[]) => RunAcross[];
  error: unknown;
}

/**
 * The rows of /runs for a filter and the rows on screen.
 *
 * An API that pages by offset is asked for the pages the visible rows need (one query per
 * page, so a poll re-reads those), with the text, statuses and window; its `counts` give the
 * summary. An API that does not (it answers without `offset`) is read whole, following its
 * cursor, and filtered and counted here, as before the API could page.
 */
export function useRunRows(filter: RunsFilter, range: RowRange, now: number): RunRows {
  const pollMs = usePollInterval('list');
  const hidden = usePageHidden();
  const q = useSettled(filter.q.trim(), TEXT_SETTLE_MS);
  // A hidden tab asks nothing: a `since` that moved while hidden would be a new query, fetched at once.
  const since = useHeldWhile(hidden, sinceParam(filter.window, now, SINCE_STEP_MS.paged));
  const view = useMemo<RunsView>(() => ({ q, statuses: filter.statuses, since }), [q, filter.statuses, since]);
  const pageQuery = useCallback(
    (index: number, enabled: boolean) => runsPageQuery(view, index, pollMs, enabled),
    [view, pollMs],
  );
  const paged = usePagedList(pageQuery, range, RUNS_VIEW_PAGE);
  const whole = useWholeRuns(filter, now, { enabled: paged.unpaged, hidden, pollMs });

  const counts = paged.unpaged ? whole.counts : paged.counts;
  const summary = useMemo(() => (counts ? attentionCounts(counts) : undefined), [counts]);
  const statuses = useMemo(() => Object.keys(counts ?? {}).filter((s) => (counts?.[s] ?? 0) > 0), [counts]);
  const wanted = retryableWanted(filter.statuses);
  const retryable = wanted.reduce((sum, status) => sum + (counts?.[status] ?? 0), 0);
  const loaded = paged.loaded;

  if (paged.unpaged) return { ...whole.rows, summary, statuses, retryable };
  return {
    count: paged.count,
    rowAt: paged.rowAt,
    summary,
    statuses,
    retryable,
    retryableRuns: async (signal) => {
      if (wanted.length === 0) return [];
      const { runs } = await fetchAllRuns(
        { q: view.q || undefined, since, status: formatStatusList(wanted) ?? undefined },
        signal,
      );
      return withStatuses(runs, wanted);
    },
    latestOf: (runs) => {
      const newest = new Map(loaded().map((run) => [runKey(run), run]));
      return runs.map((run) => newest.get(runKey(run)) ?? run);
    },
    problem: paged.problem,
    error: paged.error,
    retry: paged.retry,
  };
}

/** The retryable statuses the status filter lets through (all of them when none is ticked). */
function retryableWanted(ticked: readonly string[]): string[] {
  return ticked.length === 0 ? [...RETRYABLE_STATUSES] : ticked.filter(isRetryableStatus);
}

/** The tolerant path: every run in memory, filtered and counted here (smooth to about 10,000 runs). */
function useWholeRuns(
  filter: RunsFilter,
  now: number,
  { enabled, hidden, pollMs }: { enabled: boolean; hidden: boolean; pollMs: number | false },
) {
  const since = useHeldWhile(hidden, sinceParam(filter.window, now, SINCE_STEP_MS.whole));
  const runs = useQuery({
    ...allRunsQuery({ since }, pollMs),
    // A new `since` (another window, or every ten minutes) keeps the rows on screen until it answers.
    placeholderData: keepPreviousData,
    enabled,
  });
  const q = useDeferredValue(filter.q);
  const inWindow = useMemo(
    () => (runs.data ? runsInView(runs.data.runs, { ...filter, q }, now) : undefined),
    [runs.data, filter, q, now],
  );
  const shown = useMemo(() => (inWindow ? withStatuses(inWindow, filter.statuses) : []), [inWindow, filter.statuses]);
  const counts = useMemo(() => (inWindow ? countByStatus(inWindow.map((run) => run.status)) : undefined), [inWindow]);
  const all = runs.data?.runs;
  const rows: Pick<RunRows, 'count' | 'rowAt' | 'retryableRuns' | 'latestOf' | 'problem' | 'error' | 'retry'> = {
    count: inWindow ? shown.length : undefined,
    rowAt: (index) => shown[index],
    retryableRuns: () => Promise.resolve(shown.filter((run) => isRetryableStatus(run.status))),
    latestOf: (picked) => {
      const newest = new Map((all ?? []).map((run) => [runKey(run), run]));
      return picked.flatMap((run) => newest.get(runKey(run)) ?? []);
    },
    problem: firstLoadProblem(runs),
    error: runs.error,
    retry: () => void runs.refetch(),
  };
  return { counts, rows };
}
