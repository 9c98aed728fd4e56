import { CopyableId } from '@/components/ui/copy-button';
import { LoadProblem } from '@/components/ui/load-problem';
import { RelativeTime } from '@/components/ui/relative-time';
import { firstLoadProblem } from '@/lib/query-problem';
import type { IngestionStatus } from '../api/get-ingestion-status';
import { useIngestionStatus } from '../api/get-ingestion-status';
import { ingestionStatusLook } from '../utils/ingestion-status-look';
import { IngestionStatusBadge } from './ingestion-status-badge';
import { ShowMoreButton, useFirstItems } from './show-more';

const ERROR_PAGE = 20;

const TERM = 'text-slate-600 dark:text-slate-400';

/** 002: where the pipeline's managed ingestion stands, and which steps failed. */
export function IngestionStatusPanel({ pipelineId }: { pipelineId: string }) {
  const status = useIngestionStatus(pipelineId);
  const problem = firstLoadProblem(status);
  return (
    <section aria-labelledby="ingestion-heading" className="rounded border border-slate-200 p-3 dark:border-slate-800">
      <h2 id="ingestion-heading" className="text-sm font-semibold">
        Ingestion status
      </h2>
      {status.data ? (
        <IngestionStatusBody status={status.data} />
      ) : problem ? (
        <div className="mt-2">
          <LoadProblem error={problem} what="the ingestion status" />
        </div>
      ) : (
        <div
          className="mt-2 h-16 animate-pulse rounded bg-slate-100 dark:bg-slate-900"
          aria-busy="true"
          aria-label="Loading the ingestion status"
          role="status"
        />
      )}
    </section>
  );
}

function IngestionStatusBody({ status }: { status: IngestionStatus }) {
  const errors = status.error ?? [];
  const { shown, hidden, showMore } = useFirstItems(errors, ERROR_PAGE);
  return (
    <>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <IngestionStatusBadge status={status.status} />
        <p className="text-sm text-slate-600 dark:text-slate-400">{ingestionStatusLook(status.status).hint}</p>
      </div>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:grid-cols-[repeat(3,auto_minmax(0,1fr))]">
        <dt className={TERM}>Effective</dt>
        <dd>
          <RelativeTime iso={status.effective_at} />
        </dd>
        <dt className={TERM}>Deployed</dt>
        <dd>
          <RelativeTime iso={status.deployment_date} />
        </dd>
        <dt className={TERM}>Latest job</dt>
        <dd className="min-w-0">
          {status.job_id ? (
            <CopyableId value={status.job_id} label="latest job id" />
          ) : (
            <span className="text-slate-500">—</span>
          )}
        </dd>
      </dl>
      {errors.length > 0 ? (
        <div className="mt-3 flex flex-col gap-2">
          <table className="w-full text-sm">
            <caption className="mb-1 text-left text-sm font-medium">
              Step errors ({errors.length.toLocaleString('en-US')})
            </caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
                <th scope="col" className="py-1 pr-3 font-medium">
                  Step
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Job
                </th>
                <th scope="col" className="py-1 font-medium">
                  Message
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((error, index) => (
                <tr
                  key={`${error.job_id ?? ''}-${index}`}
                  className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800/70"
                >
                  <td className="py-1.5 pr-3 font-mono text-xs whitespace-nowrap">{error.step ?? '—'}</td>
                  <td className="max-w-[6rem] py-1.5 pr-3 sm:max-w-none">
                    {error.job_id ? (
                      <CopyableId value={error.job_id} label={`job id of ${error.step ?? 'this step'}`} />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="py-1.5 break-words">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowMoreButton hidden={hidden} pageSize={ERROR_PAGE} noun="step errors" onClick={showMore} />
        </div>
      ) : status.status === 'ERROR' || status.status === 'PARTIAL_SUCCESS' ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          The API listed no step errors for this status; the job logs of the latest job may say more.
        </p>
      ) : null}
    </>
  );
}
