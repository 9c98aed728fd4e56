import { useId, useMemo } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ShowMoreButton, useFirstItems } from '@/components/ui/show-more';
import { formatCount, formatExact } from '@/lib/format';
import type { ErrorGroup } from '../api/get-run-error-summary';
import type { ErrorGroupsView } from '../hooks/use-error-groups';
import { groupsByColumn, type ChosenGroup } from '../lib/error-groups';

interface Props {
  view: ErrorGroupsView;
  /** The run's error count as the errors endpoint says it, to tell a partial count. */
  total: number | undefined;
  chosen: ChosenGroup;
  onChoose: (group: ChosenGroup) => void;
}

const COLUMNS_SHOWN = 12;

/**
 * "Errors by column": each source column's errors and share, with its messages as buttons
 * that filter the table (pressed again: the filter is cleared).
 */
export function ErrorGroupsSummary({ view, total, chosen, onChoose }: Props) {
  const headingId = useId();
  const columns = useMemo(
    () => groupsByColumn(view.groups ?? [], Math.max(total ?? 0, view.counted)),
    [view.groups, view.counted, total],
  );
  const { shown, hidden, showMore } = useFirstItems(columns, COLUMNS_SHOWN);
  const isChosen = (group: ErrorGroup) => chosen.column === group.column && chosen.error === group.error;

  return (
    <section aria-labelledby={headingId} className="mb-3 rounded border border-slate-200 p-2 dark:border-slate-800">
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-x-3">
        <h3 id={headingId} className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
          Errors by column
        </h3>
        <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
          {sourceText(view, total)}
        </p>
      </div>
      {view.error && view.groups === null ? (
        <ErrorAlert error={view.error} title="The error summary could not be loaded" />
      ) : null}
      {view.groups !== null && columns.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No validation errors to group.</p>
      ) : null}
      <ul className="grid gap-x-6 gap-y-2 md:grid-cols-2 xl:grid-cols-3">
        {shown.map((column) => (
          <li key={column.column} className="min-w-0">
            <div className="flex items-baseline gap-2 text-sm">
              <span className="min-w-0 truncate font-mono font-medium" title={column.column}>
                {column.column || NO_COLUMN}
              </span>
              <span className="ml-auto shrink-0 tabular-nums" title={`${formatExact(column.count)} errors`}>
                {formatCount(column.count)}
              </span>
              <span className="w-10 shrink-0 text-right text-xs text-slate-600 tabular-nums dark:text-slate-400">
                {formatShare(column.share)}
              </span>
            </div>
            <div className="my-1 h-1.5 rounded bg-slate-100 dark:bg-slate-800" aria-hidden="true">
              <div
                className="h-full rounded bg-fail/70 transition-[width] duration-300"
                style={{ width: `${Math.max(column.share > 0 ? 1 : 0, column.share * 100)}%` }}
              />
            </div>
            <ul className="space-y-0.5">
              {column.groups.map((group) => (
                <li key={group.error}>
                  <button
                    type="button"
                    aria-pressed={isChosen(group)}
                    aria-label={groupName(group)}
                    onClick={() => onChoose(isChosen(group) ? { column: null, error: null } : group)}
                    className="flex w-full min-w-0 items-baseline gap-2 rounded px-1.5 py-0.5 text-left text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-run aria-pressed:bg-run/10 aria-pressed:font-semibold aria-pressed:ring-1 aria-pressed:ring-run dark:hover:bg-slate-800"
                  >
                    <span className="min-w-0 flex-1 truncate" title={group.error} dir="auto">
                      {group.error || NO_MESSAGE}
                    </span>
                    <span className="shrink-0 tabular-nums">{formatCount(group.count)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <ShowMoreButton hidden={hidden} pageSize={COLUMNS_SHOWN} noun="columns" onClick={showMore} />
    </section>
  );
}

const NO_COLUMN = '(no column)';
const NO_MESSAGE = '(no message)';

/** "email: Invalid email format 41,000 errors": column, message and count, the visible text inside it. */
function groupName(group: ErrorGroup): string {
  const errors = group.count === 1 ? 'error' : 'errors';
  return `${group.column || NO_COLUMN}: ${group.error || NO_MESSAGE} ${formatCount(group.count)} ${errors}`;
}

function sourceText(view: ErrorGroupsView, total: number | undefined): string {
  if (view.groups === null) return view.inBrowser ? 'Counting in the browser…' : view.error ? '' : 'Loading…';
  if (!view.inBrowser) return `${formatCount(view.counted)} errors, counted by the API`;
  if (total !== undefined && view.counted < total) {
    return `from the ${formatCount(view.counted)} errors loaded (of ${formatCount(total)}), counted in the browser`;
  }
  return `${formatCount(view.counted)} errors, counted in the browser`;
}

/** 0.67 → "67%"; a share that rounds to 0 but is not 0 says "<1%". */
function formatShare(share: number): string {
  const whole = Math.round(share * 100);
  return whole === 0 && share > 0 ? '<1%' : `${whole}%`;
}
