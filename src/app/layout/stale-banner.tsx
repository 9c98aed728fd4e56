import { useSyncExternalStore } from 'react';
import { useTimeZone } from '@/hooks/use-time-zone';
import { formatClockTime, formatExactTime } from '@/lib/format';
import { getPollingPreferences, subscribePollingPreferences } from '@/lib/polling-preferences';
import type { QueryStatus } from '../query-status';
import { useQueryStatusValue } from '../use-query-status';

// The store keeps `stale` as is while it is null, so a healthy poll does not re-render the banner.
const selectStale = (status: QueryStatus) => status.stale;

/**
 * Says so when data on screen could not be refreshed: since when it is stale, why, and that
 * it is being retried. The live region is always there so screen readers hear it appear.
 */
export function StaleBanner() {
  const stale = useQueryStatusValue(selectStale);
  const { paused } = useSyncExternalStore(subscribePollingPreferences, getPollingPreferences);
  const zone = useTimeZone();
  return (
    <div role="status">
      {stale ? (
        <p className="border-b border-warn/50 bg-warn/15 px-4 py-1.5 text-sm text-slate-900 dark:bg-warn/20 dark:text-slate-100">
          <span aria-hidden="true" className="mr-1.5 font-bold text-warn">
            !
          </span>
          Showing data from{' '}
          <time dateTime={new Date(stale.since).toISOString()} title={formatExactTime(stale.since, zone)}>
            {formatClockTime(stale.since, zone)}
          </time>{' '}
          — {stale.message} — {paused ? 'polling is paused; resume it to retry.' : 'retrying…'}
        </p>
      ) : null}
    </div>
  );
}
