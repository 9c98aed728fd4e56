/** What the list shows before data arrives, and when there is nothing to show. */

/** Rows of the table's height, so the page does not jump when the data lands. */
export function PipelinesTableSkeleton() {
  return (
    <div
      aria-busy="true"
      aria-label="Loading pipelines"
      role="status"
      className="overflow-hidden rounded border border-slate-200 dark:border-slate-800"
    >
      <div className="h-8 border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="flex h-14 items-center gap-4 border-b border-slate-100 px-3 dark:border-slate-800/70">
          <div className="h-3 w-1/4 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-3 w-1/6 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-3 w-1/6 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        </div>
      ))}
      <span className="sr-only">Loading pipelines…</span>
    </div>
  );
}

export function PipelinesEmpty({ kind, onClear }: { kind: 'none' | 'filtered'; onClear?: () => void }) {
  return (
    <div className="rounded border border-dashed border-slate-300 px-4 py-10 text-center dark:border-slate-700">
      {kind === 'none' ? (
        <>
          <p className="font-medium">No pipelines yet</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Pipelines appear here as soon as they are created in the ingestion service. If you expected some, check that
            Pipewatch points at the right API.
          </p>
        </>
      ) : (
        <>
          <p className="font-medium">No pipeline matches these filters</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Try another name, or show every status.</p>
          <button
            type="button"
            onClick={onClear}
            className="mt-3 rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
          >
            Show all pipelines
          </button>
        </>
      )}
    </div>
  );
}
