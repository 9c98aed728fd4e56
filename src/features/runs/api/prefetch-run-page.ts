import type { QueryClient } from '@tanstack/react-query';
import { pipelineNameQuery } from '@/lib/pipeline-name';
import { runQuery } from './get-run';
import { runErrorSummaryQuery } from './get-run-error-summary';
import { ERRORS_PAGE_SIZE, runErrorsPageQuery } from './get-run-errors';
import { runPhasesQuery } from './get-run-phases';
import { runProgressQuery } from './get-run-progress';

/**
 * What a freshly opened run page asks for first (who is signed in is the signed-in layout's
 * prefetch, routes.tsx), asked for as the app starts (app.tsx, prefetchFirstPage),
 * while the page's code is still on its way: without it the requests waited for that code,
 * its first render and its effects. The page's own queries then find the answers, or the
 * requests, already there (same keys; each is fresh for at least half a poll).
 */
export function prefetchRunPage(client: QueryClient, pipelineId: string, runId: string): void {
  void client.prefetchQuery(pipelineNameQuery(pipelineId));
  void client.prefetchQuery(runQuery(pipelineId, runId));
  void client.prefetchQuery(runProgressQuery(pipelineId, runId, false));
  void client.prefetchQuery(runPhasesQuery(pipelineId, runId, false, false));
  void client.prefetchQuery(runErrorSummaryQuery(pipelineId, runId, false));
  void client.prefetchQuery(runErrorsPageQuery(pipelineId, runId, { offset: 0, limit: ERRORS_PAGE_SIZE }, false));
}
