import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  label: ReactNode;
  /** A link to that page; the last crumb (this page) has none. */
  to?: string;
  title?: string;
}

/** Pipelines › Daily Customer Import › run_001: one look and one separator on every page. */
export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="min-w-0 text-sm">
      <ol className="flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-0.5 text-slate-600 dark:text-slate-400">
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          return (
            <Fragment key={i}>
              {i > 0 ? <li aria-hidden="true">›</li> : null}
              <li
                className={`min-w-0 truncate ${last ? 'text-slate-900 dark:text-slate-100' : ''}`}
                aria-current={last ? 'page' : undefined}
                title={crumb.title}
              >
                {crumb.to ? (
                  <Link to={crumb.to} className="hover:underline">
                    {crumb.label}
                  </Link>
                ) : (
                  crumb.label
                )}
              </li>
            </Fragment>
          );
        })}
      </ol>
    </nav>
  );
}
