import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  /** Make the panel a landmark named by its title (the Phases contract). */
  region?: boolean;
  /** Controls and figures on the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A card of the run page: a small title, optional actions, content. */
export function RunPanel({ title, region = false, actions, children, className = '' }: Props) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={region ? headingId : undefined}
      className={`min-w-0 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900/60 ${className}`}
    >
      <div className="mb-2 flex min-h-7 flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <h2 id={headingId} className="text-sm font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
