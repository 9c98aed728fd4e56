import type { ReactNode } from 'react';
import type { StatusTone } from '@/lib/status-tone';
import { StatusIcon } from './status-icon';

const TONE_CLASSES: Record<StatusTone, string> = {
  // Light theme: darker text of the same hue, so a 12px word keeps 4.5:1 contrast (WCAG AA).
  ok: 'text-emerald-800 border-ok/40 bg-ok/10 dark:text-ok',
  fail: 'text-orange-800 border-fail/40 bg-fail/10 dark:text-fail',
  warn: 'text-amber-700 border-warn/50 bg-warn/10 dark:text-warn',
  run: 'text-sky-800 border-run/40 bg-run/10 dark:text-info',
  wait: 'text-slate-600 border-wait/40 bg-wait/10 dark:text-slate-300',
  unknown: 'text-pink-800 border-accent/40 bg-accent/10 dark:text-accent',
};

/**
 * A status as icon + word + colour, never colour alone. `icon` replaces the tone's shape where
 * two statuses share a tone. Too narrow a cell wraps the words, never cuts them: "Completed …"
 * would read as success.
 */
export function StatusBadge({
  tone,
  label,
  title,
  icon,
}: {
  tone: StatusTone;
  label: string;
  title?: string;
  icon?: ReactNode;
}) {
  return (
    <span
      className={`inline-flex max-w-full items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${TONE_CLASSES[tone]}`}
      title={title ?? label}
    >
      {icon ?? <StatusIcon tone={tone} />}
      <span className="min-w-0 break-words">{label}</span>
    </span>
  );
}
