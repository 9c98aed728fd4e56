import type { ReactNode } from 'react';

/** One labelled figure of the run header (a dt/dd pair inside the header's dl). */
export function RunFact({ label, children, title }: { label: string; children: ReactNode; title?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="truncate text-sm font-medium tabular-nums" title={title}>
        {children}
      </dd>
    </div>
  );
}
