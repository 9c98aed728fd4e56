import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { matchPath, useLocation, useNavigate } from 'react-router';
import { fetchNewestRuns } from '@/features/runs-overview/api/get-all-runs';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { runPagePath } from '@/lib/app-paths';
import { runStatusLook } from '@/lib/status-tone';
import { showToast } from '@/lib/toast';
import { addUnseenAlert, markSeen, subscribeUnseenAlerts, unseenAlertCount } from '@/lib/watch-alerts';
import { notify } from '../lib/desktop-notifications';
import { isBadOutcome, watchEvents, type WatchEvent, type WatchMemory } from '../lib/watch-events';
import { watchCount } from '../lib/watch-store';
import { usePageHidden } from '@/hooks/use-page-hidden';
import { useWatchList } from '../hooks/use-watch-list';
import { setFaviconAlert } from '../lib/favicon';

/** One look every 30 s while the tab is hidden: 2 requests a minute, whatever is watched. */
export const HIDDEN_WATCH_MS = 30_000;
/** The newest runs across pipelines that one look reads; a watched run that is still running is among them. */
export const WATCH_LOOK_LIMIT = 200;

/**
 * Watches in the background of every signed-in page: one read of the newest runs across
 * pipelines per look (never one request per watched item), at the slow interval while the
 * tab is visible and every 30 s while it is hidden; nothing at all when nothing is watched.
 * Tells the operator by toast, desktop notification (when turned on), title and favicon.
 */
export function WatchAgent() {
  const list = useWatchList();
  const hidden = usePageHidden();
  const visibleMs = usePollInterval('slow');
  const watching = watchCount(list) > 0;
  const navigate = useNavigate();
  const runs = useQuery({
    queryKey: ['all-runs', 'watch'],
    queryFn: ({ signal }) => fetchNewestRuns(WATCH_LOOK_LIMIT, signal),
    enabled: watching,
    refetchInterval: visibleMs === false ? false : hidden ? HIDDEN_WATCH_MS : visibleMs,
    // The point of watching: it goes on while the tab is in the background.
    refetchIntervalInBackground: true,
  });

  const memory = useRef<WatchMemory | null>(null);
  useEffect(() => {
    if (!runs.data) return;
    const { events, memory: next } = watchEvents(list, runs.data, memory.current);
    memory.current = next;
    for (const event of events) tell(event, (path) => void navigate(path));
  }, [runs.data, list, navigate]);

  // Opening the run's page is looking at it; a hidden tab on that page is not.
  const { pathname } = useLocation();
  const unseen = useSyncExternalStore(subscribeUnseenAlerts, unseenAlertCount);
  useEffect(() => {
    const match = matchPath('/pipelines/:pipelineId/runs/:runId', pathname);
    if (!hidden && match?.params.pipelineId && match.params.runId)
      markSeen(`${match.params.pipelineId}/${match.params.runId}`);
  }, [pathname, unseen, hidden]);
  useEffect(() => setFaviconAlert(unseen > 0), [unseen]);
  return null;
}

function tell(event: WatchEvent, go: (path: string) => void): void {
  const outcome = runStatusLook(event.status).label.toLowerCase();
  const text = `${event.pipelineName}: run ${event.runId} ${outcome}`;
  const path = runPagePath(event.pipelineId, event.runId);
  if (isBadOutcome(event.status)) addUnseenAlert(event.key);
  showToast(isBadOutcome(event.status) ? 'error' : 'success', text, { id: `watch:${event.key}:${event.status}` });
  notify(`Run ${event.runId} ${outcome}`, `${event.pipelineName} · ${event.runId}: ${outcome}`, event.key, () =>
    go(path),
  );
}
