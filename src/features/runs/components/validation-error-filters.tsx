import type { ErrorFilter } from '../lib/error-view';

interface Props {
  filter: ErrorFilter;
  columns: readonly string[];
  onChange: (filter: ErrorFilter) => void;
}

/** Filter the errors by source column and by text anywhere in the row. */
export function ValidationErrorFilters({ filter, columns, onChange }: Props) {
  // The chosen column stays listed even before the rows that name it have loaded.
  const options = filter.column !== null && !columns.includes(filter.column) ? [filter.column, ...columns] : columns;
  return (
    <div className="flex min-w-0 flex-[1_1_20rem] flex-wrap items-center gap-2">
      <label className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
        <span className="sr-only sm:not-sr-only">Source column</span>
        <select
          aria-label="Filter by source column"
          value={filter.column ?? ''}
          onChange={(event) => onChange({ ...filter, column: event.target.value === '' ? null : event.target.value })}
          className="h-8 max-w-48 truncate rounded border border-slate-300 bg-white px-2 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <option value="">All columns</option>
          {options.map((column) => (
            <option key={column} value={column}>
              {column}
            </option>
          ))}
        </select>
      </label>
      {filter.error !== null ? (
        <button
          type="button"
          onClick={() => onChange({ ...filter, error: null })}
          aria-label={`Clear the message filter: ${filter.error}`}
          className="inline-flex h-8 max-w-72 min-w-0 items-center gap-1 rounded-full border border-run/60 bg-run/10 px-2.5 text-xs hover:bg-run/20 focus-visible:outline-2 focus-visible:outline-run"
        >
          <span className="truncate" dir="auto">
            Message: {filter.error || '(no message)'}
          </span>
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
      <input
        type="search"
        aria-label="Filter errors by text"
        placeholder="Filter by row, value or error…"
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
        className="h-8 min-w-40 flex-1 rounded border border-slate-300 bg-white px-2 text-sm sm:max-w-xs dark:border-slate-700 dark:bg-slate-900"
      />
    </div>
  );
}
