import { Fragment } from 'react';
import { Link } from 'react-router';
import { formatCount } from '@/lib/format';
import type { RunSummary } from '../api/get-pipeline-runs';
import { runPagePath } from '@/lib/app-paths';

// A run id of any length stays on its line, cut with an ellipsis; the title has it whole.
const LINK = 'inline-block max-w-[12rem] truncate align-bottom font-mono text-run hover:underline dark:text-info';
/** A run retried over and over names its latest few retries; the rest are rows of the table anyway. */
export const MAX_RETRIES_SHOWN = 3;

/**
 * Retry lineage, both ways: a retry names its original run and the row it resumed from
 * ("retry of run_001, resumed from row 32,000"); the original names the runs that retried it.
 */
export function RunLineage({ run, retries }: { run: RunSummary; retries: readonly RunSummary[] | undefined }) {
  const original = run.metadata?.retryOf;
  const resumeRow = run.metadata?.resumeFromRow;
  if (!original && !retries?.length) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <div className="flex flex-col gap-0.5 text-xs">
      {original ? (
        <p>
          retry of{' '}
          <Link to={runPagePath(run.pipelineId, original)} className={LINK} title={original}>
            {original}
          </Link>
          {resumeRow
            ? `, resumed from row ${formatCount(resumeRow)}`
            : run.metadata?.resumable === false
              ? ', re-run from the start'
              : null}
        </p>
      ) : null}
      {retries?.length ? (
        <p>
          retried by{' '}
          {retries.slice(-MAX_RETRIES_SHOWN).map((retry, index) => (
            <Fragment key={retry.id}>
              {index > 0 ? ', ' : null}
              <Link to={runPagePath(retry.pipelineId, retry.id)} className={LINK} title={retry.id}>
                {retry.id}
              </Link>
            </Fragment>
          ))}
          {retries.length > MAX_RETRIES_SHOWN
            ? ` and ${formatCount(retries.length - MAX_RETRIES_SHOWN)} earlier`
            : null}
        </p>
      ) : null}
    </div>
  );
}
