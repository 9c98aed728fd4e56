import type { ReactNode } from 'react';

/** Rows of a list table's height while its data is on its way, so the page does not jump when it lands. */
export function TableSkeleton({ what }: { what: string }) {
  return (
    <div
      aria-busy="true"
      aria-label={`Loading ${what}`}
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
      <span className="sr-only">Loading {what}…</span>
    </div>
  );
}

/** A list with nothing to show: what happened, what to try, and (for filters) a way out. */
export function EmptyList({
  title,
  hint,
  action,
}: {
  title: string;
  hint: ReactNode;
  action?: { label: string; onClick: () => void };
}) {
  return (
    <div className="rounded border border-dashed border-slate-300 px-4 py-10 text-center dark:border-slate-700">
      <p className="font-medium">{title}</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{hint}</p>
      {action ? (
        <button
          type="button"
          onClick={action.onClick}
          className="mt-3 rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
        >
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
