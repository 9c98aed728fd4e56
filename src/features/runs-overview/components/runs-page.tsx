import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { EmptyList, TableSkeleton } from '@/components/ui/list-placeholders';
import { LoadProblem } from '@/components/ui/load-problem';
import { useCurrentUser } from '@/hooks/use-current-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useNow } from '@/hooks/use-now';
import { useRowRange } from '@/hooks/use-paged-list';
import { useUrlFilter, type UrlFilterCodec } from '@/hooks/use-url-filter';
import { canRetry } from '@/lib/auth/policy';
import { RUN_STATUSES } from '@/features/runs/api/schemas';
import { isMissingEndpoint, RUNS_VIEW_PAGE, type RunAcross } from '../api/get-all-runs';
import { useBulkRetry } from '../hooks/use-bulk-retry';
import { useRunRows } from '../hooks/use-run-rows';
import { parseRunsFilter, runsFilterToParams, type RunsFilter } from '../lib/runs-filter';
import { jobsForConfirmation, runKey } from '../lib/selection';
import { BulkRetryBar } from './bulk-retry-bar';
import { BulkRetryDialog } from './bulk-retry-dialog';
import { BulkRetryResults } from './bulk-retry-results';
import { RunsSummaryCounts } from './runs-summary-counts';
import { RunsTable, type RowSelection } from './runs-table';
import { RunsToolbar } from './runs-toolbar';
import { RunsUnavailable } from './runs-unavailable';

const FILTER_IN_URL: UrlFilterCodec<RunsFilter> = { parse: parseRunsFilter, toParams: runsFilterToParams };

/** /runs: every run of every pipeline, filtered through the URL, with bulk retry for admins and editors. */
export function RunsPage() {
  useDocumentTitle('Runs');
  const [filter, setFilter] = useUrlFilter(FILTER_IN_URL);
  // The window's edge moves with time; a minute is finer than any window.
  const now = useNow(60_000);
  const [range, onRangeChange] = useRowRange(RUNS_VIEW_PAGE);
  const list = useRunRows(filter, range, now);
  const user = useCurrentUser();
  const roleCheck = canRetry(user, { status: 'failed' });
  const bulk = useBulkRetry();
  const selection = useRunSelection();
  const [confirming, setConfirming] = useState<RunAcross[] | null>(null);
  const selectAll = useMutation({
    mutationFn: () => list.retryableRuns(),
    onSuccess: (runs) => selection.replace(runs),
    // The bar says why beside the button; no toast as well.
    meta: { toast: false },
  });

  const statusOptions = useMemo(() => {
    const seen = new Set<string>(RUN_STATUSES);
    for (const status of list.statuses) seen.add(status);
    for (const status of filter.statuses) seen.add(status);
    return [...seen];
  }, [list.statuses, filter.statuses]);

  const blockedReason = useCallback((run: RunAcross) => canRetry(user, run).reason ?? null, [user]);
  const rowSelection: RowSelection | undefined = roleCheck.allowed
    ? { selected: selection.keys, blockedReason, toggle: selection.toggle }
    : undefined;
  const selectedRuns = list.latestOf(selection.runs);

  function confirm() {
    if (!confirming) return;
    // The latest poll decides: a run that ended up retried or running meanwhile is skipped, and said so.
    const { jobs, skipped } = jobsForConfirmation(confirming, list.latestOf(confirming), blockedReason);
    setConfirming(null);
    selection.replace([]);
    bulk.start(jobs, skipped);
  }

  const inWindow = list.summary?.total ?? 0;
  return (
    <div className="flex flex-col gap-4">
      <header className="min-w-0">
        <h1 className="text-lg font-semibold">Runs</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Every run of every pipeline, newest first.</p>
      </header>

      {isMissingEndpoint(list.error) ? (
        <RunsUnavailable />
      ) : (
        <>
          <RunsSummaryCounts summary={list.summary} filter={filter} />
          <RunsToolbar
            filter={filter}
            onChange={setFilter}
            statusOptions={statusOptions}
            shown={list.count ?? 0}
            inWindow={inWindow}
          />
          <BulkRetryBar
            roleReason={roleCheck.allowed ? null : (roleCheck.reason ?? null)}
            selectedCount={selectedRuns.length}
            retryableInView={list.retryable}
            selecting={selectAll.isPending}
            selectProblem={selectAll.error}
            running={bulk.running}
            onSelectAll={() => selectAll.mutate()}
            onClear={() => selection.replace([])}
            onRetry={() => setConfirming(selectedRuns)}
          />
          {bulk.outcomes.length > 0 ? (
            <BulkRetryResults outcomes={bulk.outcomes} running={bulk.running} onDismiss={bulk.dismiss} />
          ) : null}
          {list.count === undefined ? (
            list.problem ? (
              <LoadProblem error={list.problem} what="the runs" />
            ) : (
              <TableSkeleton what="runs" />
            )
          ) : list.count === 0 ? (
            <RunsEmpty
              filtered={filter.statuses.length > 0 || filter.q.trim() !== ''}
              onClear={() => setFilter({ ...filter, statuses: [], q: '' })}
            />
          ) : (
            <RunsTable count={list.count} rowAt={list.rowAt} onRangeChange={onRangeChange} selection={rowSelection} />
          )}
        </>
      )}
      {confirming ? (
        <BulkRetryDialog runs={confirming} onConfirm={confirm} onClose={() => setConfirming(null)} />
      ) : null}
    </div>
  );
}

/**
 * The runs ticked for a bulk retry, kept with the data they were ticked with: a selection
 * outlives the pages it came from (scrolled past, filtered out), so the page can still say
 * which runs a retry will send.
 */
function useRunSelection() {
  const [picked, setPicked] = useState<ReadonlyMap<string, RunAcross>>(() => new Map());
  const toggle = useCallback((run: RunAcross) => {
    setPicked((current) => {
      const next = new Map(current);
      const key = runKey(run);
      if (!next.delete(key)) next.set(key, run);
      return next;
    });
  }, []);
  const replace = useCallback(
    (runs: readonly RunAcross[]) => setPicked(new Map(runs.map((run) => [runKey(run), run]))),
    [],
  );
  const keys = useMemo(() => new Set(picked.keys()), [picked]);
  const runs = useMemo(() => [...picked.values()], [picked]);
  return { keys, runs, toggle, replace };
}

/** No run at all in the window, or none matching the filters. */
function RunsEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return filtered ? (
    <EmptyList
      title="No run matches these filters"
      hint="Try other statuses or text."
      action={{ label: 'Clear filters', onClick: onClear }}
    />
  ) : (
    <EmptyList title="No runs in this time window" hint="Pick a longer window to see older runs." />
  );
}
