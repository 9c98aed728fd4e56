import type { StatusTone } from '@/lib/status-tone';
import { StatusIcon } from './status-icon';

const TONE_CLASSES: Record<StatusTone, string> = {
  ok: 'text-ok border-ok/40 bg-ok/10',
  fail: 'text-fail border-fail/40 bg-fail/10',
  warn: 'text-amber-700 border-warn/50 bg-warn/10 dark:text-warn',
  run: 'text-run border-run/40 bg-run/10 dark:text-info',
  wait: 'text-slate-600 border-wait/40 bg-wait/10 dark:text-slate-300',
  unknown: 'text-accent border-accent/40 bg-accent/10',
};

/** A status as icon + word + colour, never colour alone. */
export function StatusBadge({ tone, label, title }: { tone: StatusTone; label: string; title?: string }) {
  return (
    <span
      className={`inline-flex max-w-full items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${TONE_CLASSES[tone]}`}
      title={title ?? label}
    >
      <StatusIcon tone={tone} />
      <span className="truncate">{label}</span>
    </span>
  );
}
