import { Link } from 'react-router';
import { StatusIcon } from '@/components/ui/status-icon';
import type { StatusTone } from '@/lib/status-tone';
import type { PipelineSummary } from '../utils/pipeline-list';
import { listStateToParams, type ListState } from '../utils/list-url-state';

interface Props {
  summary: PipelineSummary | undefined;
  state: ListState;
}

/** The badge's text colours: darker shades in light mode keep small text at 4.5:1. */
const TONE_TEXT: Record<StatusTone, string> = {
  ok: 'text-emerald-800 dark:text-ok',
  fail: 'text-orange-800 dark:text-fail',
  warn: 'text-amber-700 dark:text-warn',
  run: 'text-sky-800 dark:text-info',
  wait: 'text-slate-600 dark:text-slate-300',
  unknown: 'text-pink-800 dark:text-accent',
};

/**
 * What needs attention, at a glance. Each count is a link that filters the table to it,
 * so the number and the rows behind it are one click apart.
 */
export function PipelineSummaryCounts({ summary, state }: Props) {
  const cards: { label: string; value: number | undefined; status: string | null; tone: StatusTone | null }[] = [
    { label: 'Running', value: summary?.running, status: 'running', tone: 'run' },
    { label: 'Failed', value: summary?.failed, status: 'failed', tone: 'fail' },
    {
      label: 'Completed with errors',
      value: summary?.completedWithErrors,
      status: 'completed_with_errors',
      tone: 'warn',
    },
    { label: 'Total', value: summary?.total, status: null, tone: null },
  ];
  return (
    <ul aria-label="Pipelines by last run status" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {cards.map((card) => {
        const active = state.status === card.status;
        return (
          <li key={card.label}>
            <Link
              to={{ search: `?${listStateToParams({ ...state, status: card.status }).toString()}` }}
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
