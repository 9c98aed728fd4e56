import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatCount } from '@/lib/format';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { useChosenGroup } from '../hooks/use-chosen-group';
import { useErrorView } from '../hooks/use-error-view';
import { useErrorRowsWithGroups } from '../hooks/use-run-error-groups';
import { ERRORS_PAGE_SIZE } from '../api/get-run-errors';
import { MAX_TABLE_ROWS } from '../hooks/use-validation-error-rows';
import { isFiltered, NO_FILTER, type ErrorFilter, type ErrorSort, type ErrorSortKey } from '../lib/error-view';
import { DownloadErrorsCsvButton } from './download-errors-csv-button';
import { DownloadShownRowsButton } from './download-shown-rows-button';
import { ErrorGroupsSummary } from './error-groups-summary';
import { RunPanel } from './run-panel';
import { ValidationErrorFilters } from './validation-error-filters';
import { ValidationErrorTable } from './validation-error-table';

const selectFirstErrors = (progress: RunProgress) => progress.validationErrors;
const NO_ERRORS: RunProgress['validationErrors'] = [];

function nextSort(sort: ErrorSort | null, key: ErrorSortKey): ErrorSort | null {
  if (sort?.key !== key) return { key, direction: 'asc' };
  return sort.direction === 'asc' ? { key, direction: 'desc' } : null;
}

/**
 * Validation errors: the progress answer's first 20 at once, then the full list from the
 * errors endpoint, sortable and filterable, with the CSV download.
 */
export function ValidationErrorsPanel({
  pipelineId,
  runId,
  live,
}: {
  pipelineId: string;
  runId: string;
  live: boolean;
}) {
  const firstErrors = useRunProgress(pipelineId, runId, selectFirstErrors).data;
  const seed = firstErrors ?? NO_ERRORS;
  const [sort, setSort] = useState<ErrorSort | null>(null);
  const [chosen, choose] = useChosenGroup();
  const [text, setText] = useState(NO_FILTER.text);
  const filterInput = useMemo<ErrorFilter>(() => ({ ...chosen, text }), [chosen, text]);
  const filter = useDeferredValue(filterInput);
  const [visiblePages, setVisiblePages] = useState<readonly [number, number]>([0, 0]);
  const needAll = sort !== null || isFiltered(filter);

  const { rows, groups } = useErrorRowsWithGroups({ pipelineId, runId, live, needAll, visiblePages, seed });
  const view = useErrorView(needAll ? rows.all : null, sort, filter);
  const viewRows = needAll ? view.rows : null;
  const showView = viewRows !== null;
  const count = viewRows ? viewRows.length : rows.count;
  const rowAt = viewRows ? (index: number) => viewRows[index] : rows.rowAt;
  // Scroll back to the top when the order changes, not when a live refresh adds rows.
  const viewKey = needAll ? [sort?.key, sort?.direction, filter.column, filter.text].join('\u0000') : '';

  const onRangeChange = useCallback(
    (first: number, last: number) => {
      if (showView) return;
      const pages = [Math.floor(first / ERRORS_PAGE_SIZE), Math.floor(last / ERRORS_PAGE_SIZE)] as const;
      setVisiblePages((current) => (current[0] === pages[0] && current[1] === pages[1] ? current : pages));
    },
    [showView],
  );

  return (
    <RunPanel
      title="Validation errors"
      actions={
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {countText(rows.total, rows.fromSeed, seed.length)}
        </span>
      }
    >
      <ErrorGroupsSummary view={groups} total={rows.total} chosen={chosen} onChoose={choose} />
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <ValidationErrorFilters
          filter={filterInput}
          columns={rows.columns}
          onChange={(next) => {
            setText(next.text);
            // A new column leaves the message of the old one behind.
            const error = next.column === chosen.column ? next.error : null;
            if (next.column !== chosen.column || error !== chosen.error) choose({ column: next.column, error });
          }}
        />
        <DownloadErrorsCsvButton pipelineId={pipelineId} runId={runId} />
        <DownloadShownRowsButton
          runId={runId}
          rows={needAll ? (view.computing ? null : view.rows) : rows.all}
          filter={filter}
          sort={sort}
          waitingFor={
            needAll
              ? 'Every error is still loading or being filtered.'
              : 'Nothing is filtered or sorted: “Download CSV” saves every row.'
          }
        />
      </div>
      <p className="mb-1 min-h-4 text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {statusText({
          needAll,
          showView,
          computing: view.computing,
          shown: count,
          total: rows.total,
          loadedPages: rows.loadedPages,
          pageCount: rows.pageCount,
        })}
      </p>
      {rows.error && rows.fromSeed ? (
        <ErrorAlert
          error={rows.error}
          title="The full error list could not be loaded; showing the first errors of the progress answer"
        />
      ) : null}
      <ValidationErrorTable
        count={count}
        rowAt={rowAt}
        sort={sort}
        onSort={(key) => setSort((current) => nextSort(current, key))}
        onRangeChange={onRangeChange}
        viewKey={viewKey}
        emptyText={
          needAll
            ? 'No validation errors match.'
            : firstErrors === undefined && rows.total === undefined
              ? 'The validation errors show once the run’s progress has loaded.'
              : 'This run has no validation errors.'
        }
      />
    </RunPanel>
  );
}

function countText(total: number | undefined, fromSeed: boolean, seedCount: number): string {
  if (total !== undefined && total > MAX_TABLE_ROWS) {
    return `${formatCount(total)} errors in total; the table holds the first ${formatCount(MAX_TABLE_ROWS)}, the CSV all of them`;
  }
  if (total !== undefined) return `${formatCount(total)} error${total === 1 ? '' : 's'} in total`;
  return fromSeed && seedCount > 0 ? `first ${formatCount(seedCount)} shown, loading the full list…` : '';
}

function statusText(s: {
  needAll: boolean;
  showView: boolean;
  computing: boolean;
  shown: number;
  total?: number;
  loadedPages: number;
  pageCount: number;
}): string {
  if (!s.needAll) return '';
  if (!s.showView && s.loadedPages < s.pageCount)
    return `Loading every error to sort and filter: ${formatCount(s.loadedPages)} of ${formatCount(s.pageCount)} pages…`;
  if (s.computing) return 'Sorting and filtering…';
  return `Showing ${formatCount(s.shown)} of ${formatCount(s.total)} errors.`;
}
