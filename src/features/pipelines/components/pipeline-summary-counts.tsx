import { StatusCountLinks } from '@/components/ui/status-count-links';
import type { PipelineSummary } from '../utils/pipeline-list';
import { listStateToParams, type ListState } from '../utils/list-url-state';

/** /pipelines' counts by last run status, each a link that filters the table to it. */
export function PipelineSummaryCounts({ summary, state }: { summary: PipelineSummary | undefined; state: ListState }) {
  return (
    <StatusCountLinks
      label="Pipelines by last run status"
      counts={summary}
      linkTo={(status) => {
        const statuses = status === null ? [] : [status];
        return {
          search: `?${listStateToParams({ ...state, statuses }).toString()}`,
          active: state.statuses.join() === statuses.join(),
        };
      }}
    />
  );
}
