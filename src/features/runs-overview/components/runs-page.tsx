import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { EmptyList, TableSkeleton } from '@/components/ui/list-placeholders';
import { LoadProblem } from '@/components/ui/load-problem';
import { useCurrentUser } from '@/hooks/use-current-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useHeldWhile } from '@/hooks/use-held-while';
import { useNow } from '@/hooks/use-now';
import { useUrlFilter, type UrlFilterCodec } from '@/hooks/use-url-filter';
import { usePageHidden } from '@/hooks/use-page-hidden';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { canRetry } from '@/lib/auth/policy';
import { firstLoadProblem } from '@/lib/query-problem';
import { RUN_STATUSES } from '@/features/runs/api/schemas';
import { allRunsQuery, isMissingEndpoint, type RunAcross } from '../api/get-all-runs';
import { useBulkRetry } from '../hooks/use-bulk-retry';
import {
  parseRunsFilter,
  runsFilterToParams,
  runsInView,
  sinceParam,
  summariseRuns,
  withStatuses,
  type RunsFilter,
} from '../lib/runs-filter';
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
  const pollMs = usePollInterval('list');
  // A hidden tab asks nothing: a `since` that moved while hidden would be a new query, fetched at once.
  const since = useHeldWhile(usePageHidden(), sinceParam(filter.window, now));
  const runs = useQuery({
    ...allRunsQuery({ since }, pollMs),
    // A new `since` (another window, or every ten minutes) keeps the rows on screen until it answers.
    placeholderData: keepPreviousData,
  });
  const user = useCurrentUser();
  const roleCheck = canRetry(user, { status: 'failed' });
  const bulk = useBulkRetry();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [confirming, setConfirming] = useState<RunAcross[] | null>(null);

  const q = useDeferredValue(filter.q);
  const inWindow = useMemo(
    () => (runs.data ? runsInView(runs.data.runs, { ...filter, q }, now) : undefined),
    [runs.data, filter, q, now],
  );
  const shown = useMemo(() => (inWindow ? withStatuses(inWindow, filter.statuses) : []), [inWindow, filter.statuses]);
  const summary = useMemo(() => (inWindow ? summariseRuns(inWindow) : undefined), [inWindow]);
  const statusOptions = useMemo(() => {
    const seen = new Set<string>(RUN_STATUSES);
    for (const run of runs.data?.runs ?? []) seen.add(run.status);
    for (const status of filter.statuses) seen.add(status);
    return [...seen];
  }, [runs.data, filter.statuses]);

  const blockedReason = useCallback((run: RunAcross) => canRetry(user, run).reason ?? null, [user]);
  const toggle = useCallback((run: RunAcross) => {
    setSelected((current) => {
      const next = new Set(current);
      const key = runKey(run);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);
  const retryableInView = useMemo(() => shown.filter((run) => blockedReason(run) === null), [shown, blockedReason]);
  const selection: RowSelection | undefined = roleCheck.allowed ? { selected, blockedReason, toggle } : undefined;
  const selectedRuns = useMemo(
    () => (runs.data?.runs ?? []).filter((run) => selected.has(runKey(run))),
    [runs.data, selected],
  );

  function confirm() {
    if (!confirming) return;
    // The latest poll decides: a run that ended up retried or running meanwhile is skipped, and said so.
    const { jobs, skipped } = jobsForConfirmation(confirming, runs.data?.runs ?? [], blockedReason);
    setConfirming(null);
    setSelected(new Set());
    bulk.start(jobs, skipped);
  }

  const problem = firstLoadProblem(runs);
  return (
    <div className="flex flex-col gap-4">
      <header className="min-w-0">
        <h1 className="text-lg font-semibold">Runs</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Every run of every pipeline, newest first.</p>
      </header>

      {isMissingEndpoint(runs.error) ? (
        <RunsUnavailable />
      ) : (
        <>
          <RunsSummaryCounts summary={summary} filter={filter} />
          <RunsToolbar
            filter={filter}
            onChange={setFilter}
            statusOptions={statusOptions}
            shown={shown.length}
            inWindow={inWindow?.length ?? 0}
          />
          <BulkRetryBar
            roleReason={roleCheck.allowed ? null : (roleCheck.reason ?? null)}
            selectedCount={selectedRuns.length}
            retryableInView={retryableInView.length}
            running={bulk.running}
            onSelectAll={() => setSelected(new Set(retryableInView.map(runKey)))}
            onClear={() => setSelected(new Set())}
            onRetry={() => setConfirming(selectedRuns)}
          />
          {bulk.outcomes.length > 0 ? (
            <BulkRetryResults outcomes={bulk.outcomes} running={bulk.running} onDismiss={bulk.dismiss} />
          ) : null}
          {inWindow === undefined ? (
            problem ? (
              <LoadProblem error={problem} what="the runs" />
            ) : (
              <TableSkeleton what="runs" />
            )
          ) : shown.length === 0 ? (
            <RunsEmpty
              filtered={filter.statuses.length > 0 || filter.q.trim() !== ''}
              onClear={() => setFilter({ ...filter, statuses: [], q: '' })}
            />
          ) : (
            <RunsTable rows={shown} selection={selection} />
          )}
        </>
      )}
      {confirming ? (
        <BulkRetryDialog runs={confirming} onConfirm={confirm} onClose={() => setConfirming(null)} />
      ) : null}
    </div>
  );
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
