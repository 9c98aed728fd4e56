import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { showToast } from '@/lib/toast';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isTerminalRunStatus } from '@/lib/polling';
import { runStatusLook } from '@/lib/status-tone';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { runKeys } from '../api/run-keys';
import { runDocumentTitle } from '../lib/run-summary';

const selectTitleFacts = (progress: RunProgress) => ({
  status: progress.status,
  processedRows: progress.processedRows,
  totalRows: progress.totalRows,
});

/**
 * What watching a run does beyond drawing it: the tab title carries status and percent,
 * and when the run ends while the page is open, a toast says so and the parts that are not
 * polled (the run record, the error list, the phases) are fetched once more.
 */
export function useRunWatch(pipelineId: string, runId: string): void {
  const facts = useRunProgress(pipelineId, runId, selectTitleFacts).data;
  useDocumentTitle(runDocumentTitle({ runId, ...facts }));

  const queryClient = useQueryClient();
  const status = facts?.status;
  const previous = useRef(status);
  useEffect(() => {
    const before = previous.current;
    previous.current = status;
    if (before === undefined || status === undefined || isTerminalRunStatus(before) || !isTerminalRunStatus(status))
      return;
    const look = runStatusLook(status);
    const message = `Run ${runId} ended: ${look.label.toLowerCase()}`;
    showToast(look.tone === 'ok' ? 'success' : look.tone === 'fail' ? 'error' : 'warning', message);
    void queryClient.invalidateQueries({ queryKey: runKeys.run(pipelineId, runId), exact: true });
    void queryClient.invalidateQueries({ queryKey: runKeys.errors(pipelineId, runId) });
    void queryClient.invalidateQueries({ queryKey: runKeys.phases(pipelineId, runId) });
  }, [status, pipelineId, runId, queryClient]);
}
