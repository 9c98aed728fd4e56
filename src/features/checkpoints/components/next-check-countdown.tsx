import { useNow } from '@/hooks/use-now';

interface NextCheckCountdownProps {
  /** When the last answer arrived (ms since epoch). */
  updatedAt: number;
  /** The polling interval, or false while the operator paused polling. */
  pollMs: number | false;
  fetching: boolean;
}

/** Says that an in-progress token is being checked again, and when. */
export function NextCheckCountdown({ updatedAt, pollMs, fetching }: NextCheckCountdownProps) {
  const now = useNow(1_000);
  if (pollMs === false) {
    return (
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Automatic checks are paused (header control); press Check to ask again.
      </p>
    );
  }
  // The shared clock may lag a tick behind; never promise a wait longer than the interval.
  const seconds = Math.min(Math.ceil(pollMs / 1000), Math.ceil((updatedAt + pollMs - now) / 1000));
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400">
      {fetching || seconds <= 0
        ? 'Checking again now…'
        : `Checking again in ${seconds} s, every ${Math.round(pollMs / 1000)} s until it is complete.`}
    </p>
  );
}
