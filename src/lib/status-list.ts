/**
 * A status filter of several statuses, written as the URL and the API write it: comma
 * separated (`failed,completed_with_errors`). Unknown statuses are kept: a link may name a
 * status newer than this app.
 */

/** The statuses in a comma-separated value: trimmed, empty ones dropped, each once. */
export function parseStatusList(value: string | null): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((status) => status.trim())
        .filter(Boolean),
    ),
  ];
}

/** The comma-separated value for statuses; null for none (every status), so the param is left out. */
export function formatStatusList(statuses: readonly string[]): string | null {
  return statuses.length ? statuses.join(',') : null;
}

/** One status ticked or unticked; the list keeps the order of the clicks. */
export function toggleStatus(statuses: readonly string[], status: string): string[] {
  return statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status];
}
