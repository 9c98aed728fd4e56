import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** An address that matches no page: say which, and offer the way back. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  useDocumentTitle('Page not found');
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-medium text-slate-500">404</p>
      <h1 id="not-found-title" className="mt-1 text-xl font-semibold">
        Page not found
      </h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Nothing lives at <code className="font-mono break-all">{pathname}</code>. The link may be old or mistyped.
      </p>
      <Link
        to="/pipelines"
        className="mt-4 inline-block rounded bg-run px-3 py-1.5 text-sm font-medium text-white hover:bg-run/90"
      >
        Back to pipelines
      </Link>
    </section>
  );
}
