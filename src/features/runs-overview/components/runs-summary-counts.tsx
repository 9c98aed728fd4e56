import { StatusCountLinks } from '@/components/ui/status-count-links';
import type { AttentionCounts } from '@/lib/status-counts';
import { runsFilterToParams, type RunsFilter } from '../lib/runs-filter';

/**
 * The window's counts, whatever statuses are ticked; each is a link that shows just those
 * runs, so the number and the rows behind it are one click apart.
 */
export function RunsSummaryCounts({ summary, filter }: { summary: AttentionCounts | undefined; filter: RunsFilter }) {
  return (
    <StatusCountLinks
      label="Runs in the window by status"
      counts={summary}
      linkTo={(status) => {
        const statuses = status === null ? [] : [status];
        return {
          search: `?${runsFilterToParams({ ...filter, statuses }).toString()}`,
          active: filter.statuses.join(',') === statuses.join(','),
        };
      }}
    />
  );
}
