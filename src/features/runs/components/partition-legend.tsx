import type { StatusTone } from '@/lib/status-tone';
import { PartitionSwatch } from './partition-cell';

const ENTRIES: { tone: StatusTone; value?: number | null; label: string }[] = [
  { tone: 'ok', label: 'completed' },
  { tone: 'run', value: 50, label: 'running (filled by progress)' },
  { tone: 'run', label: 'running, progress unknown' },
  { tone: 'wait', label: 'pending' },
  { tone: 'fail', label: 'failed' },
  { tone: 'unknown', label: 'other status' },
];

/** What each cell shape means. */
export function PartitionLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300" aria-label="Legend">
      {ENTRIES.map((entry) => (
        <li key={entry.label} className="flex items-center gap-1.5">
          <PartitionSwatch tone={entry.tone} value={entry.value} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
