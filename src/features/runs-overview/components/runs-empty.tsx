/** No run at all in the window, or none matching the filters. */
export function RunsEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return (
    <div className="rounded border border-dashed border-slate-300 px-4 py-10 text-center dark:border-slate-700">
      <p className="font-medium">{filtered ? 'No run matches these filters' : 'No runs in this time window'}</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {filtered ? 'Try other statuses or text.' : 'Pick a longer window to see older runs.'}
      </p>
      {filtered ? (
        <button
          type="button"
          onClick={onClear}
          className="mt-3 rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}

/** Rows of the table's height, so the page does not jump when the data lands. */
export function RunsSkeleton() {
  return (
    <div
      aria-busy="true"
      role="status"
      className="overflow-hidden rounded border border-slate-200 dark:border-slate-800"
    >
      <div className="h-8 border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="flex h-14 items-center gap-4 border-b border-slate-100 px-3 dark:border-slate-800/70">
          <div className="h-3 w-1/4 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-3 w-1/6 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        </div>
      ))}
      <span className="sr-only">Loading runs…</span>
    </div>
  );
}
