import { Link } from 'react-router';
import { StatusIcon } from '@/components/ui/status-icon';
import type { StatusTone } from '@/lib/status-tone';
import { runsFilterToParams, type RunsFilter, type RunsSummary } from '../lib/runs-filter';

/** The badge's text colours: darker shades in light mode keep small text at 4.5:1. */
const TONE_TEXT: Partial<Record<StatusTone, string>> = {
  fail: 'text-orange-800 dark:text-fail',
  warn: 'text-amber-700 dark:text-warn',
  run: 'text-sky-800 dark:text-info',
};

/**
 * The window's counts, whatever statuses are ticked; each is a link that shows just those
 * runs, so the number and the rows behind it are one click apart.
 */
export function RunsSummaryCounts({ summary, filter }: { summary: RunsSummary | undefined; filter: RunsFilter }) {
  const cards: { label: string; value: number | undefined; statuses: string[]; tone: StatusTone | null }[] = [
    { label: 'Running', value: summary?.running, statuses: ['running'], tone: 'run' },
    { label: 'Failed', value: summary?.failed, statuses: ['failed'], tone: 'fail' },
    {
      label: 'Completed with errors',
      value: summary?.completedWithErrors,
      statuses: ['completed_with_errors'],
      tone: 'warn',
    },
    { label: 'Total', value: summary?.total, statuses: [], tone: null },
  ];
  return (
    <ul aria-label="Runs in the window by status" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {cards.map((card) => {
        const active = filter.statuses.join(',') === card.statuses.join(',');
        return (
          <li key={card.label}>
            <Link
              to={{ search: `?${runsFilterToParams({ ...filter, statuses: card.statuses }).toString()}` }}
              replace
              aria-current={active ? 'true' : undefined}
              className={`flex h-full flex-col gap-0.5 rounded border px-3 py-2 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-run dark:hover:bg-slate-900 ${active ? 'border-run dark:border-info' : 'border-slate-200 dark:border-slate-800'}`}
            >
              <span
                className={`flex items-center gap-1 text-xs font-medium ${card.tone ? TONE_TEXT[card.tone] : 'text-slate-600 dark:text-slate-400'}`}
              >
                {card.tone ? <StatusIcon tone={card.tone} /> : null}
                {card.label}
              </span>
              <span className="text-right text-2xl font-semibold tabular-nums">
                {card.value === undefined ? '—' : card.value.toLocaleString('en-US')}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
