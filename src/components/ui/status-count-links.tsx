import { Link } from 'react-router';
import { StatusIcon } from '@/components/ui/status-icon';
import { formatCount } from '@/lib/format';
import type { AttentionCounts } from '@/lib/status-counts';
import type { StatusTone } from '@/lib/status-tone';

/** A count's status filter; null for the total (no status filter). */
export type AttentionStatus = 'running' | 'failed' | 'completed_with_errors' | null;

const CARDS: { label: string; key: keyof AttentionCounts; status: AttentionStatus; tone: StatusTone | null }[] = [
  { label: 'Running', key: 'running', status: 'running', tone: 'run' },
  { label: 'Failed', key: 'failed', status: 'failed', tone: 'fail' },
  { label: 'Completed with errors', key: 'completedWithErrors', status: 'completed_with_errors', tone: 'warn' },
  { label: 'Total', key: 'total', status: null, tone: null },
];

/** The label's text colours: darker shades in light mode keep small text at 4.5:1. */
const TONE_TEXT: Partial<Record<StatusTone, string>> = {
  fail: 'text-orange-800 dark:text-fail',
  warn: 'text-amber-700 dark:text-warn',
  run: 'text-sky-800 dark:text-info',
};

/**
 * What needs attention, at a glance. Each count is a link that filters the list to it, so
 * the number and the rows behind it are one click apart; the filter in force is marked.
 */
export function StatusCountLinks({
  label,
  counts,
  linkTo,
}: {
  /** The list's accessible name, e.g. "Pipelines by last run status". */
  label: string;
  counts: AttentionCounts | undefined;
  /** The query string that shows just that status, and whether it is the view now. */
  linkTo: (status: AttentionStatus) => { search: string; active: boolean };
}) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {CARDS.map((card) => {
        const { search, active } = linkTo(card.status);
        const value = counts?.[card.key];
        return (
          <li key={card.label}>
            <Link
              to={{ search }}
              replace
              aria-current={active ? 'true' : undefined}
              className={`flex h-full flex-col gap-0.5 rounded border px-3 py-2 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-run dark:hover:bg-slate-900 ${active ? 'border-run dark:border-info' : 'border-slate-200 dark:border-slate-800'}`}
            >
              <span
                className={`flex items-center gap-1 text-xs font-medium ${(card.tone && TONE_TEXT[card.tone]) ?? 'text-slate-600 dark:text-slate-400'}`}
              >
                {card.tone ? <StatusIcon tone={card.tone} /> : null}
                {card.label}
              </span>
              <span className="text-right text-2xl font-semibold tabular-nums wrap-anywhere">
                {value === undefined ? '—' : formatCount(value)}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
