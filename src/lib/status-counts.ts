/** What needs attention in a list: how many are running, failed, completed with errors, and all. */
export interface AttentionCounts {
  running: number;
  failed: number;
  completedWithErrors: number;
  total: number;
}

/** How many of each status (unknown ones too). */
export function countByStatus(statuses: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** The attention counts of a list counted by status; the total is every status's count. */
export function attentionCounts(counts: Readonly<Record<string, number>>): AttentionCounts {
  return {
    running: counts.running ?? 0,
    failed: counts.failed ?? 0,
    completedWithErrors: counts.completed_with_errors ?? 0,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
  };
}
