import { ApiError, type ApiErrorKind } from '@/lib/api-error';
import { backoffDelay, MAX_BACKOFF_MS, pollDelay, retryDelay, shouldRetry, type PolledQuery } from '@/lib/polling';
import { fc } from './fc';

/**
 * The backoff the whole app leans on when the API fails (src/lib/polling.ts), as laws
 * over every attempt, base and jitter draw; src/lib/polling.test.ts has the examples.
 */
const attempt = fc.integer({ min: 1, max: 200 });
const base = fc.integer({ min: 100, max: 30_000 });
const draw = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('backoffDelay', () => {
  it('waits between half and all of min(cap, base × 2^(attempt − 1)): exponential, jittered, capped', () => {
    fc.assert(
      fc.property(attempt, base, draw, (n, baseMs, random) => {
        const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** (n - 1));
        const delay = backoffDelay(n, baseMs, () => random);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(delay).toBeLessThanOrEqual(ceiling);
      }),
    );
  });

  it('never waits less after more failures, for the same draw', () => {
    fc.assert(
      fc.property(attempt, base, draw, (n, baseMs, random) => {
        expect(backoffDelay(n + 1, baseMs, () => random)).toBeGreaterThanOrEqual(backoffDelay(n, baseMs, () => random));
      }),
    );
  });

  it('spreads clients that failed together: different draws, different waits', () => {
    fc.assert(
      fc.property(attempt, base, (n, baseMs) => {
        expect(backoffDelay(n, baseMs, () => 0.999)).toBeGreaterThan(backoffDelay(n, baseMs, () => 0));
      }),
    );
  });
});

const KINDS: readonly ApiErrorKind[] = ['http', 'malformed', 'network', 'timeout'];
const apiError = fc
  .record({ kind: fc.constantFrom(...KINDS), status: fc.integer({ min: 400, max: 599 }) })
  .map(({ kind, status }) => new ApiError({ kind, endpoint: 'GET /x', status: kind === 'http' ? status : undefined }));

describe('the query retry policy', () => {
  it('retries exactly the failures that may pass by themselves: 5xx gateways and overload, 429, network, timeout', () => {
    fc.assert(
      fc.property(apiError, fc.nat(50), (error, failures) => {
        const transient =
          error.kind === 'network' || error.kind === 'timeout' || [429, 500, 502, 503, 504].includes(error.status ?? 0);
        expect(shouldRetry(failures, error)).toBe(transient);
      }),
    );
  });

  it('never retries what is not an ApiError (a bug in our own code)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.nat(50), (thrown, failures) => {
        expect(shouldRetry(failures, thrown)).toBe(false);
      }),
    );
  });

  it('waits at least a second and never more than the cap between retries', () => {
    fc.assert(
      fc.property(fc.nat(1_000), (failures) => {
        const delay = retryDelay(failures);
        expect(delay).toBeGreaterThanOrEqual(500);
        expect(delay).toBeLessThanOrEqual(MAX_BACKOFF_MS);
      }),
    );
  });
});

const NOW = 1_800_000_000_000;
const failingQuery = fc
  .record({
    dataAge: fc.option(fc.integer({ min: 0, max: 24 * 3_600_000 }), { nil: null }),
    errorUpdateCount: fc.integer({ min: 1, max: 1_000 }),
  })
  .map(({ dataAge, errorUpdateCount }): PolledQuery => ({
    state: {
      status: 'error',
      dataUpdatedAt: dataAge === null ? 0 : NOW - dataAge,
      errorUpdatedAt: NOW,
      errorUpdateCount,
      fetchFailureCount: 0,
    },
  }));

describe('pollDelay while failing', () => {
  it('never polls faster than the base interval nor slower than the cap, and stays off while paused', () => {
    fc.assert(
      fc.property(failingQuery, fc.integer({ min: 1_000, max: MAX_BACKOFF_MS }), draw, (query, baseMs, random) => {
        const delay = pollDelay(query, baseMs, () => random);
        expect(delay).toBeGreaterThanOrEqual(baseMs);
        expect(delay).toBeLessThanOrEqual(MAX_BACKOFF_MS);
        expect(pollDelay(query, false, () => random)).toBe(false);
      }),
    );
  });

  it('backs off further the longer the data has been stale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_600_000 }), fc.integer({ min: 1, max: 3_600_000 }), (age, more) => {
        const at = (dataAge: number) =>
          pollDelay(
            {
              state: {
                status: 'error',
                dataUpdatedAt: NOW - dataAge,
                errorUpdatedAt: NOW,
                errorUpdateCount: 1,
                fetchFailureCount: 0,
              },
            },
            2_000,
            () => 0,
          ) as number;
        expect(at(age + more)).toBeGreaterThanOrEqual(at(age));
      }),
    );
  });
});
