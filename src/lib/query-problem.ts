/** The parts of a TanStack Query result that firstLoadProblem reads (structural, so lib/ stays free of React). */
interface QueryOutcome {
  data: unknown;
  error: unknown;
  failureReason: unknown;
}

/**
 * Why there is nothing to show yet: the final error, or, while a transient failure is
 * being retried with backoff, the latest failure. Without this a page whose first load
 * meets a 503 would sit on its skeleton for as long as the outage lasts, saying nothing.
 * Null once data has arrived: later failures belong to the stale banner, over the data.
 */
export function firstLoadProblem({ data, error, failureReason }: QueryOutcome): unknown {
  if (data !== undefined) return null;
  return error ?? failureReason ?? null;
}
