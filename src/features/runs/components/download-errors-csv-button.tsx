import { ErrorAlert } from '@/components/ui/error-alert';
import { useDownloadRunErrors } from '../api/download-run-errors';

/** "Download CSV": the server's file under the server's name; a failure is shown, nothing is saved. */
export function DownloadErrorsCsvButton({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  const download = useDownloadRunErrors(pipelineId, runId);
  return (
    <>
      <button
        type="button"
        onClick={() => download.mutate()}
        disabled={download.isPending}
        aria-busy={download.isPending}
        className="inline-flex h-8 shrink-0 items-center gap-1.5 rounded border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-run disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        <svg
          viewBox="0 0 16 16"
          width="14"
          height="14"
          aria-hidden="true"
          className={download.isPending ? 'animate-pulse' : undefined}
        >
          <path
            d="M8 2.5v8M4.5 7.5L8 11l3.5-3.5M3 13.5h10"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        Download CSV
      </button>
      {download.isError ? (
        <div className="basis-full">
          <ErrorAlert error={download.error} title="The CSV was not downloaded" />
        </div>
      ) : null}
    </>
  );
}
