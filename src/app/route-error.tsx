import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';

/**
 * A page that crashed or could not load: what happened, and two ways on. Rendered by the
 * route's errorElement, so the top bar stays and the rest of the app keeps working.
 */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  const shown = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error;
  return (
    <section aria-labelledby="route-error-title" className="mx-auto max-w-2xl py-8">
      <h1 id="route-error-title" className="mb-3 text-lg font-semibold">
        This page could not be shown
      </h1>
      <ErrorAlert
        error={shown}
        action={
          <div className="flex gap-3 text-sm">
            <button type="button" onClick={() => window.location.reload()} className="font-medium text-run underline">
              Reload the page
            </button>
            <Link to="/pipelines" className="font-medium text-run underline">
              Back to pipelines
            </Link>
          </div>
        }
      />
    </section>
  );
}
