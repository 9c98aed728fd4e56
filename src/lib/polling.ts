import { isApiError, isNotFound } from './api-error';

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

/** The parts of a TanStack Query query that pollDelay reads (structural, so lib/ stays free of React). */
export interface PolledQuery {
  state: {
    status: 'pending' | 'error' | 'success';
    dataUpdatedAt: number;
    errorUpdatedAt: number;
    errorUpdateCount: number;
    fetchFailureCount: number;
  };
}

/** Whether the query's latest fetch failed, or is failing and being retried. */
export function isFailing(query: PolledQuery): boolean {
  const { dataUpdatedAt, errorUpdatedAt, fetchFailureCount } = query.state;
  return fetchFailureCount > 0 || errorUpdatedAt > dataUpdatedAt;
}

/** One jitter draw per failure: the same failing state must give the same interval, see pollDelay. */
const jitterDraws = new WeakMap<PolledQuery, { failure: string; fraction: number }>();

function jitterFor(query: PolledQuery, random: () => number): number {
  const { errorUpdatedAt, fetchFailureCount } = query.state;
  const failure = `${errorUpdatedAt} ${fetchFailureCount}`;
  const drawn = jitterDraws.get(query);
  if (drawn?.failure === failure) return drawn.fraction;
  const fraction = random();
  jitterDraws.set(query, { failure, fraction });
  return fraction;
}

/**
 * A polling interval that backs off while the query fails: `refetchInterval: (q) => pollDelay(q, pollMs)`.
 * Retries cover transient errors; this covers answers that are not retried (a 404, a
 * malformed body) so a broken endpoint is not hammered every 2 s forever. Healthy: the base
 * interval. Failing: exponential with jitter, never below base nor above MAX_BACKOFF_MS.
 * The number of failed polls is estimated from how old the last good data was when the
 * latest poll failed (each wait about doubles it), or counted when there never was good data.
 *
 * The answer depends only on the query's state, never on the clock or a fresh random draw:
 * TanStack Query asks again on every render of every observer and restarts its timer
 * whenever the answer differs, so a page that re-renders more often than the interval
 * would never poll the failing query again.
 */
export function pollDelay(
  query: PolledQuery,
  baseMs: number | false,
  random: () => number = Math.random,
): number | false {
  if (baseMs === false || !isFailing(query)) return baseMs;
  const { dataUpdatedAt, errorUpdatedAt, errorUpdateCount } = query.state;
  const failures =
    dataUpdatedAt > 0
      ? Math.max(1, Math.round(Math.log2(Math.max(0, errorUpdatedAt - dataUpdatedAt) / baseMs + 1)))
      : Math.max(1, errorUpdateCount);
  const fraction = jitterFor(query, random);
  return Math.max(
    baseMs,
    backoffDelay(failures + 1, baseMs, () => fraction),
  );
}

/**
 * How long a polled answer stays fresh: half a poll, so a component that mounts just after
 * it arrived (or after the app's start asked for it, as the run page's prefetch does) reads
 * it instead of asking again; for ever when nothing polls.
 */
export const polledStaleTime = (pollMs: number | false): number => (pollMs === false ? Infinity : pollMs / 2);

/**
 * The polling interval of a page's own subject (a run, a pipeline): pollDelay, except that a
 * 404 before any data means the subject does not exist, and asking again will not make it,
 * so polling stops (the page says "not found"). A subject seen before and gone later keeps
 * its last data on screen and is asked again with backoff, as for any failure.
 */
export function subjectPollDelay(
  query: PolledQuery & { state: { data: unknown; error: unknown } },
  baseMs: number | false,
): number | false {
  if (query.state.data === undefined && isNotFound(query.state.error)) return false;
  return pollDelay(query, baseMs);
}
