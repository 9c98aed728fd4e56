import type { ReactNode } from 'react';
import { useId } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api-error';

interface Props {
  /** What is missing, as the heading names it: "Run", "Pipeline", "Page". */
  what: string;
  /** Its id, shown in monospace: "run_999". */
  id?: string;
  /** Why it may be missing, and what has happened since (polling stopped). */
  children: ReactNode;
  /** The way back: somewhere that does exist. */
  back: { to: string; label: string };
  /** The API's 404, when one said so: its own words and code, for a bug report. */
  error?: unknown;
}

/**
 * One design for "this does not exist", whether the address matches no page or the API
 * answered 404 for the page's own subject (a pipeline, a run): what was not found, why that
 * may be, and the way back.
 */
export function NotFound({ what, id, children, back, error }: Props) {
  const titleId = useId();
  useDocumentTitle(`${what}${id ? ` ${id}` : ''} not found`);
  const api = isApiError(error) ? error : null;
  return (
    <section aria-labelledby={titleId} className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-medium text-slate-500 dark:text-slate-400">404</p>
      <h1 id={titleId} className="mt-1 text-xl font-semibold break-words">
        {what}
        {id ? (
          <>
            {' '}
            <span className="font-mono break-all">{id}</span>
          </>
        ) : null}{' '}
        not found
      </h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{children}</p>
      {api ? (
        <p className="mt-2 font-mono text-xs break-words text-slate-500 dark:text-slate-400">
          {[`HTTP ${api.status ?? 404}`, api.errorCode, api.apiMessage].filter(Boolean).join(' · ')}
        </p>
      ) : null}
      <Link
        to={back.to}
        className="mt-4 inline-block rounded bg-run px-3 py-1.5 text-sm font-medium text-white hover:bg-run/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-run"
      >
        {back.label}
      </Link>
    </section>
  );
}
