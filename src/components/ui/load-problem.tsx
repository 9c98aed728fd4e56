import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isApiError } from '@/lib/api-error';

/**
 * A failed load, titled by what happens next: transient failures are being retried by
 * the query client, anything else needs the operator.
 */
export function LoadProblem({ error, what, action }: { error: unknown; what: string; action?: ReactNode }) {
  const title =
    isApiError(error) && error.isTransient
      ? `Could not load ${what}; retrying with backoff.`
      : `Could not load ${what}.`;
  return <ErrorAlert error={error} title={title} action={action} />;
}
