import { ApiError } from './api-error';
import { MAX_BACKOFF_MS, isFailing, pollDelay, polledStaleTime, subjectPollDelay, type PolledQuery } from './polling';

const NOW = 1_000_000_000;
const query = (state: Partial<PolledQuery['state']>): PolledQuery => ({
  state: {
    status: 'success',
    dataUpdatedAt: NOW,
    errorUpdatedAt: 0,
    errorUpdateCount: 0,
    fetchFailureCount: 0,
    ...state,
  },
});
const lowest = () => 0;
const highest = () => 0.999_999;

describe('pollDelay', () => {
  it('polls at the base interval while the query is healthy', () => {
    expect(pollDelay(query({}), 2_000, highest)).toBe(2_000);
  });

  it('stays off while polling is paused, failing or not', () => {
    expect(pollDelay(query({}), false)).toBe(false);
    expect(pollDelay(query({ status: 'error', errorUpdatedAt: NOW + 1 }), false)).toBe(false);
  });

  it('backs off while the latest poll failed, and never polls faster than the base', () => {
    const failedAfter = (ms: number) => query({ status: 'error', errorUpdatedAt: NOW + ms, errorUpdateCount: 1 });
    const soon = pollDelay(failedAfter(2_000), 2_000, lowest);
    const later = pollDelay(failedAfter(30_000), 2_000, lowest);
    expect(soon).toBeGreaterThanOrEqual(2_000);
    expect(later).toBeGreaterThan(soon as number);
  });

  it('grows about twofold per failed poll, with jitter, up to the cap', () => {
    const failingFor = (ms: number, random: () => number) =>
      pollDelay(query({ status: 'error', errorUpdatedAt: NOW + ms }), 1_000, random) as number;
    expect(failingFor(1_000, highest)).toBeLessThanOrEqual(4_000);
    expect(failingFor(15_000, lowest)).toBeGreaterThanOrEqual(8_000);
    expect(failingFor(3_600_000, highest)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    expect(failingFor(3_600_000, lowest)).toBeGreaterThanOrEqual(MAX_BACKOFF_MS / 2);
    expect(failingFor(15_000, lowest)).not.toBe(failingFor(15_000, highest));
  });

  it('counts failures when there never was good data', () => {
    const never = (count: number) =>
      pollDelay(
        query({ status: 'error', dataUpdatedAt: 0, errorUpdatedAt: NOW, errorUpdateCount: count }),
        1_000,
        highest,
      ) as number;
    expect(never(1)).toBeLessThan(never(3));
    expect(never(3)).toBeLessThan(never(5));
    expect(never(50)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
  });

  it('recovers to the base interval as soon as a poll succeeds', () => {
    const recovered = query({ dataUpdatedAt: NOW + 10_000, errorUpdatedAt: NOW + 5_000, errorUpdateCount: 3 });
    expect(isFailing(recovered)).toBe(false);
    expect(pollDelay(recovered, 5_000)).toBe(5_000);
  });

  it('gives the same interval for the same failure, however often and whenever it is asked', () => {
    // TanStack Query asks on every render and restarts its timer when the answer changes:
    // an answer that changed per call would keep a re-rendering page from ever polling again.
    const draws = [0.1, 0.9, 0.5, 0.3];
    const random = () => draws.shift() ?? 0.7;
    const failing = query({ status: 'error', errorUpdatedAt: NOW + 8_000, errorUpdateCount: 2 });
    const asked = [
      pollDelay(failing, 2_000, random),
      pollDelay(failing, 2_000, random),
      pollDelay(failing, 2_000, random),
    ];
    expect(new Set(asked).size).toBe(1);

    failing.state = { ...failing.state, errorUpdatedAt: NOW + 20_000, errorUpdateCount: 3 };
    const next = pollDelay(failing, 2_000, random);
    expect(next).not.toBe(asked[0]);
    expect(pollDelay(failing, 2_000, random)).toBe(next);
  });

  it('treats a fetch that is being retried as failing', () => {
    expect(isFailing(query({ fetchFailureCount: 1 }))).toBe(true);
  });
});

describe('polledStaleTime', () => {
  it('keeps a polled answer fresh for half a poll, and for ever when nothing polls', () => {
    expect(polledStaleTime(2_000)).toBe(1_000);
    expect(polledStaleTime(false)).toBe(Infinity);
  });
});

describe('subjectPollDelay', () => {
  const notFound = new ApiError({ kind: 'http', status: 404, endpoint: 'GET /api/v1/pipelines/pipe_999' });
  const unavailable = new ApiError({ kind: 'http', status: 503, endpoint: 'GET /api/v1/pipelines/pipe_001' });
  const failed = (error: unknown, data: unknown) => ({
    state: {
      ...query({
        status: 'error',
        dataUpdatedAt: data === undefined ? 0 : NOW,
        errorUpdatedAt: NOW + 1,
        errorUpdateCount: 1,
      }).state,
      data,
      error,
    },
  });

  it('stops for a subject that was never found: a 404 will not turn into it by asking again', () => {
    expect(subjectPollDelay(failed(notFound, undefined), 2_000)).toBe(false);
  });

  it('backs off as pollDelay does for anything else, and for a subject seen before that answers 404 now', () => {
    expect(subjectPollDelay(failed(unavailable, undefined), 2_000)).toBeGreaterThanOrEqual(2_000);
    expect(subjectPollDelay(failed(notFound, { id: 'pipe_001' }), 2_000)).toBeGreaterThanOrEqual(2_000);
    expect(subjectPollDelay({ state: { ...query({}).state, data: { id: 'pipe_001' }, error: null } }, 2_000)).toBe(
      2_000,
    );
  });
});
