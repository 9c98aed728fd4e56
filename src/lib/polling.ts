import { isApiError } from './api-error';

/**
 * Polling defaults, in one place. Pages pick a base interval by what they show;
 * the header's control can pause polling or slow it down for every page.
 */
export const POLL_MS = {
  /** A live run's progress and phases. */
  run: 2_000,
  /** Lists: pipelines, runs of a pipeline, touch-file polling. */
  list: 5_000,
  /** Slow-moving state: ingestion status, checkpoints. */
  slow: 10_000,
  /** A completion token that is still in progress. */
  completion: 3_000,
} as const;

export type PollKind = keyof typeof POLL_MS;

/** Longest wait between attempts while the API keeps failing. */
export const MAX_BACKOFF_MS = 60_000;

/** Run statuses after which nothing changes any more. */
export const TERMINAL_RUN_STATUSES: readonly string[] = ['completed', 'failed', 'completed_with_errors'];

export function isTerminalRunStatus(status: string | undefined): boolean {
  return status !== undefined && TERMINAL_RUN_STATUSES.includes(status);
}

/**
 * Exponential backoff with full jitter, capped: attempt 1 waits about base, attempt 2
 * about 2 × base, … never more than MAX_BACKOFF_MS. `random` is injectable for tests.
 */
export function backoffDelay(attempt: number, baseMs = 1_000, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * TanStack Query's retry policy: transient failures (5xx, network, timeout) are retried
 * with backoff for as long as they last, keeping the last good data on screen;
 * answers that will not change by asking again (4xx, malformed body) are not.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  void failureCount;
  return isApiError(error) && error.isTransient;
}

export function retryDelay(failureCount: number): number {
  return backoffDelay(failureCount + 1);
}
