import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { listTotal } from '@/lib/list-total';
import { offThreadDecoder } from '@/lib/off-thread-decoding';
import { pollDelay, polledStaleTime } from '@/lib/polling';
import { runKeys, runPath } from './run-keys';
import { runErrorsPageSchema, type RunErrorsBody } from './schemas';

// A page of 1,000 errors is read and validated in a worker (off-thread-decoding.ts).
const decodeInWorker = offThreadDecoder<typeof runErrorsPageSchema>(
  () => new Worker(new URL('../workers/run-errors-page.worker.ts', import.meta.url), { type: 'module' }),
);

/** Errors asked for per request: the table loads the pages its visible rows need. */
export const ERRORS_PAGE_SIZE = 1_000;

export interface RunErrorsPage {
  offset: number;
  /** As the API counts them, but at least as many as it has sent. */
  total: number;
  errors: RunErrorsBody['errors'];
}

export async function fetchRunErrorsPage(
  pipelineId: string,
  runId: string,
  page: { offset: number; limit: number },
  signal?: AbortSignal,
): Promise<RunErrorsPage> {
  const body = await apiGet({
    path: `${runPath(pipelineId, runId)}/errors`,
    query: page,
    schema: runErrorsPageSchema,
    offThread: decodeInWorker,
    signal,
  });
  return { offset: page.offset, total: listTotal(body.total, page.offset + body.errors.length), errors: body.errors };
}

/** One page of the error list; it refreshes while the run is live (`pollMs`), else never. */
export const runErrorsPageQuery = (
  pipelineId: string,
  runId: string,
  page: { offset: number; limit: number },
  pollMs: number | false,
) =>
  queryOptions({
    queryKey: runKeys.errorsPage(pipelineId, runId, page),
    queryFn: ({ signal }) => fetchRunErrorsPage(pipelineId, runId, page, signal),
    refetchInterval: (query) => pollDelay(query, pollMs),
    staleTime: polledStaleTime(pollMs),
  });
