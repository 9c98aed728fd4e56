import { Link } from 'react-router';

/** The API has no list across pipelines (an older server): say so once, and where to look instead. */
export function RunsUnavailable() {
  return (
    <div
      role="alert"
      className="rounded border border-dashed border-slate-300 px-4 py-8 text-center dark:border-slate-700"
    >
      <p className="font-medium">This API cannot list runs across pipelines</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        It answered 404 to <code className="font-mono">GET /api/v1/runs</code>, so it does not have that endpoint yet.
        Each pipeline still lists its own runs.
      </p>
      <Link
        to="/pipelines"
        className="mt-3 inline-block rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
      >
        Go to Pipelines
      </Link>
    </div>
  );
}
