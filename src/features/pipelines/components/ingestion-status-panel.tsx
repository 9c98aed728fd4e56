import { CodeName } from '@/components/ui/code-name';
import { CopyableId } from '@/components/ui/copy-button';
import { ErrorListTable, type ErrorListColumn } from '@/components/ui/error-list-table';
import { LoadProblem } from '@/components/ui/load-problem';
import { RelativeTime } from '@/components/ui/relative-time';
import { firstLoadProblem } from '@/lib/query-problem';
import type { IngestionStatus } from '../api/get-ingestion-status';
import { useIngestionStatus } from '../api/get-ingestion-status';
import { ingestionStatusLook } from '../utils/ingestion-status-look';
import { IngestionStatusBadge } from './ingestion-status-badge';

const TERM = 'text-slate-600 dark:text-slate-400';

type StepError = NonNullable<IngestionStatus['error']>[number];

const STEP_ERROR_COLUMNS: readonly ErrorListColumn<StepError>[] = [
  {
    header: 'Step',
    cell: (error) => (error.step ? <CodeName code={error.step} /> : '—'),
    className: 'font-mono text-xs',
  },
  {
    header: 'Job',
    cell: (error) =>
      error.job_id ? <CopyableId value={error.job_id} label={`job id of ${error.step ?? 'this step'}`} /> : '—',
    className: 'max-w-[6rem] sm:max-w-none',
  },
  { header: 'Message', cell: (error) => error.message, className: 'break-words' },
];

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
            <span className="text-slate-500 dark:text-slate-400">—</span>
          )}
        </dd>
      </dl>
      {errors.length > 0 ? (
        <div className="mt-3">
          <ErrorListTable
            caption="Step errors"
            noun="step errors"
            items={errors}
            columns={STEP_ERROR_COLUMNS}
            itemKey={(error, index) => `${error.job_id ?? ''}-${index}`}
          />
        </div>
      ) : status.status === 'ERROR' || status.status === 'PARTIAL_SUCCESS' ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          The API listed no step errors for this status; the job logs of the latest job may say more.
        </p>
      ) : null}
    </>
  );
}
