import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '@/lib/api-client';
import { saveBlob } from '@/lib/save-file';
import { runPath } from './run-keys';

export function fallbackErrorsFilename(runId: string): string {
  return `pipeline-run-${runId}-errors.csv`;
}

/**
 * Fetches the errors as CSV with the bearer token (a plain link could not send it) and
 * saves the server's bytes under the server's name. apiDownload refuses anything that is
 * not text/csv, so an HTML error page is never saved as the user's file.
 */
export async function downloadRunErrors(pipelineId: string, runId: string): Promise<string> {
  const { blob, filename } = await apiDownload({ path: `${runPath(pipelineId, runId)}/errors`, accept: 'text/csv' });
  const name = filename ?? fallbackErrorsFilename(runId);
  saveBlob(blob, name);
  return name;
}

/** The failure is shown beside the button, so the shell's error toast stays quiet. */
export function useDownloadRunErrors(pipelineId: string, runId: string) {
  return useMutation({
    mutationFn: () => downloadRunErrors(pipelineId, runId),
    meta: { toast: false },
  });
}
