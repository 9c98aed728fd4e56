import { useNow } from '@/hooks/use-now';
import { useTimeZone } from '@/hooks/use-time-zone';
import { formatExactTime } from '@/lib/format';
import { SLOW_FETCH_MS } from '../query-status';
import { useQueryStatus } from '../use-query-status';

export function describeAge(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.floor(seconds / 60)} min`;
  return `${Math.floor(seconds / 3600)} h`;
}

/**
 * "updated 4 s ago": how fresh the newest data on the page is, ticking every second;
 * "waiting for the API · 12 s" beside it while a request has gone unanswered for a while.
 */
export function UpdatedAgo() {
  const { updatedAt, waitingSince } = useQueryStatus();
  const now = Math.max(useNow(1_000), updatedAt);
  const zone = useTimeZone();
  return (
    <>
      <span
        className="min-w-[7.5rem] whitespace-nowrap text-slate-600 dark:text-slate-400"
        title={updatedAt ? `Last update: ${formatExactTime(updatedAt, zone)}` : undefined}
      >
        {updatedAt ? `updated ${describeAge(now - updatedAt)} ago` : 'not updated yet'}
      </span>
      {waitingSince !== null ? (
        <span className="whitespace-nowrap font-medium text-amber-800 dark:text-amber-300">
          waiting for the API · {describeAge(Math.max(now - waitingSince, SLOW_FETCH_MS))}
        </span>
      ) : null}
    </>
  );
}
