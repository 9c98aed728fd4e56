import { useSyncExternalStore } from 'react';
import {
  POLL_MULTIPLIERS,
  getPollingPreferences,
  setPollingPreferences,
  subscribePollingPreferences,
} from '@/lib/polling-preferences';
import type { QueryStatus } from '../query-status';
import { useQueryStatusValue } from '../use-query-status';

export function describeInterval(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `every ${seconds} s` : `every ${Math.round(seconds / 60)} min`;
}

// Only the interval: a poll that moves the status's updatedAt leaves this control alone.
const selectInterval = (status: QueryStatus) => status.intervalMs;

const speedLabel = (multiplier: number) => (multiplier === 1 ? 'Live' : `${multiplier}× slower`);

/** How often the page refreshes, with pause/resume and a calmer pace for every page at once. */
export function PollingControl() {
  const prefs = useSyncExternalStore(subscribePollingPreferences, getPollingPreferences);
  const intervalMs = useQueryStatusValue(selectInterval);
  const state = prefs.paused ? 'Paused' : intervalMs === null ? 'Not polling' : describeInterval(intervalMs);
  return (
    <div role="group" aria-label="Polling" className="flex items-center gap-1.5">
      <button
        type="button"
        onClick={() => setPollingPreferences({ paused: !prefs.paused })}
        className="inline-flex h-7 w-7 items-center justify-center rounded border border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
        aria-label={prefs.paused ? 'Resume polling' : 'Pause polling'}
        title={prefs.paused ? 'Resume polling' : 'Pause polling'}
      >
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="currentColor">
          {prefs.paused ? <path d="M4.5 3v10l8.5-5z" /> : <path d="M4 3h3v10H4zM9 3h3v10H9z" />}
        </svg>
      </button>
      <span className="min-w-[4.75rem] whitespace-nowrap text-slate-700 dark:text-slate-300" data-testid="poll-state">
        {state}
      </span>
      <select
        aria-label="Polling speed"
        value={prefs.multiplier}
        onChange={(event) => setPollingPreferences({ multiplier: Number(event.target.value) })}
        className="h-7 rounded border border-slate-300 bg-white px-1 text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
      >
        {POLL_MULTIPLIERS.map((multiplier) => (
          <option key={multiplier} value={multiplier}>
            {speedLabel(multiplier)}
          </option>
        ))}
      </select>
    </div>
  );
}
