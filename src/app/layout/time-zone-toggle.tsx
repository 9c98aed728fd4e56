import { useTimeZone } from '@/hooks/use-time-zone';
import { describeTimeZone } from '@/lib/format';
import { setTimeZoneChoice } from '@/lib/time-zone';

/** Switches every time on screen between UTC (the default) and the browser's zone. */
export function TimeZoneToggle() {
  const zone = useTimeZone();
  const next = zone === 'utc' ? 'local' : 'utc';
  const label = zone === 'utc' ? 'UTC' : 'Local';
  return (
    <button
      type="button"
      onClick={() => setTimeZoneChoice(next)}
      aria-label={`Time zone: ${label}`}
      title={`Times in ${describeTimeZone(zone)} (switch to ${describeTimeZone(next)})`}
      className="inline-flex h-7 min-w-11 items-center justify-center rounded px-1.5 text-xs font-medium text-slate-600 tabular-nums hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {label}
    </button>
  );
}
