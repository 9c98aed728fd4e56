import type { ReactNode } from 'react';
import { isApiError } from '@/lib/api-error';

/**
 * The one way to show a failed call: the API's own message and error_code where it
 * sent them, the endpoint, and what to do next.
 */
export function ErrorAlert({ error, title, action }: { error: unknown; title?: string; action?: ReactNode }) {
  const api = isApiError(error) ? error : null;
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <div role="alert" className="rounded border border-fail/40 bg-fail/5 p-3 text-sm">
      {title ? <p className="font-semibold text-orange-800 dark:text-fail">{title}</p> : null}
      <p className="break-words whitespace-pre-wrap">{message}</p>
      {api ? (
        <p className="mt-1 font-mono text-xs text-slate-600 dark:text-slate-400">
          {[api.status ? `HTTP ${api.status}` : api.kind, api.errorCode, api.endpoint].filter(Boolean).join(' · ')}
        </p>
      ) : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
