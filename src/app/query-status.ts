import type { Query, QueryCache } from '@tanstack/react-query';
import { errorMessage } from '@/lib/api-error';
import { isFailing } from '@/lib/polling';

/**
 * What the shell tells about the page's data, derived from the QueryCache: when it was
 * last refreshed, whether refreshes of data already on screen are failing, and how often
 * it polls. Plain values, so the header re-renders only when one of them changes.
 */
export interface QueryStatus {
  /** Newest successful fetch of any query the page shows; 0 before the first. */
  updatedAt: number;
  /** Set while some data on screen could not be refreshed. */
  stale: { since: number; message: string } | null;
  /** Shortest polling interval among the page's queries; null when nothing polls. */
  intervalMs: number | null;
  /** When the oldest request still unanswered began, once it has waited SLOW_FETCH_MS; null otherwise. */
  waitingSince: number | null;
}

/** An answer slower than this is worth telling: the operator would otherwise take silence for calm. */
export const SLOW_FETCH_MS = 5_000;

/** The shell's own "who am I" query is not page data: it never refreshes by design. */
const isPageQuery = (query: Query) => query.queryKey[0] !== 'me' && query.getObserversCount() > 0;

function pollingInterval(query: Query): number | null {
  let shortest: number | null = null;
  for (const observer of query.observers) {
    // A disabled query never polls, whatever its interval says (the watcher with nothing watched).
    const { enabled } = observer.options;
    if ((typeof enabled === 'function' ? enabled(query) : enabled) === false) continue;
    const option = observer.options.refetchInterval;
    const value = typeof option === 'function' ? option(query) : option;
    if (typeof value === 'number' && value > 0 && (shortest === null || value < shortest)) shortest = value;
  }
  return shortest;
}

export function queryStatus(queries: readonly Query[]): Omit<QueryStatus, 'waitingSince'> {
  let updatedAt = 0;
  let intervalMs: number | null = null;
  let stale: QueryStatus['stale'] = null;
  let newestErrorAt = -1;
  for (const query of queries) {
    if (!isPageQuery(query)) continue;
    const { state } = query;
    updatedAt = Math.max(updatedAt, state.dataUpdatedAt);
    const interval = query.meta?.pagePolling === false ? null : pollingInterval(query);
    if (interval !== null && (intervalMs === null || interval < intervalMs)) intervalMs = interval;
    if (state.data === undefined || !isFailing(query)) continue;
    const since = Math.min(stale?.since ?? Infinity, state.dataUpdatedAt);
    // The newest failure speaks for all: it says best what is wrong now.
    const newest = state.errorUpdatedAt >= newestErrorAt;
    newestErrorAt = Math.max(newestErrorAt, state.errorUpdatedAt);
    stale = {
      since,
      message: newest || !stale ? errorMessage(state.fetchFailureReason ?? state.error) : stale.message,
    };
  }
  return { updatedAt, stale, intervalMs };
}

function sameStatus(a: QueryStatus, b: QueryStatus): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.intervalMs === b.intervalMs &&
    a.stale?.since === b.stale?.since &&
    a.stale?.message === b.stale?.message &&
    a.waitingSince === b.waitingSince
  );
}

/**
 * Remembers when each page request began, to say when one has waited SLOW_FETCH_MS. The
 * status changes only when a request crosses that line or a slow one ends, so an ordinary
 * poll re-renders nothing; a timer covers the crossing, which no cache event marks.
 */
function createSlowFetchWatch(onCross: () => void) {
  const startedAt = new Map<Query, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    waitingSince(queries: readonly Query[], now: number): number | null {
      const fetching = new Set(queries.filter((q) => isPageQuery(q) && q.state.fetchStatus === 'fetching'));
      for (const query of startedAt.keys()) if (!fetching.has(query)) startedAt.delete(query);
      for (const query of fetching) if (!startedAt.has(query)) startedAt.set(query, now);
      const oldest = Math.min(...startedAt.values());
      clearTimeout(timer);
      if (!Number.isFinite(oldest)) return null;
      if (now - oldest >= SLOW_FETCH_MS) return oldest;
      timer = setTimeout(onCross, oldest + SLOW_FETCH_MS - now);
      return null;
    },
    stop: () => clearTimeout(timer),
  };
}

/** A store for useSyncExternalStore: recomputed on cache events, the same object while nothing changed. */
export function createQueryStatusStore(cache: QueryCache) {
  const listeners = new Set<() => void>();
  const slow = createSlowFetchWatch(() => recompute());
  const read = (): QueryStatus => {
    const queries = cache.getAll();
    return { ...queryStatus(queries), waitingSince: slow.waitingSince(queries, Date.now()) };
  };
  let current = read();
  let unsubscribe: (() => void) | null = null;
  const recompute = () => {
    const next = read();
    if (sameStatus(current, next)) return;
    current = next;
    listeners.forEach((listener) => listener());
  };
  // Cache events come in bursts (a page of the error list mounting a hundred queries sends
  // several hundred), and each read walks every query: one read per burst, after it.
  let queued = false;
  const onCacheEvent = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      // Unsubscribed in the meantime: nobody to tell, and no slow-fetch timer to start again.
      if (unsubscribe) recompute();
    });
  };
  return {
    getSnapshot: () => current,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      unsubscribe ??= cache.subscribe(onCacheEvent);
      recompute();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unsubscribe?.();
          unsubscribe = null;
          slow.stop();
        }
      };
    },
  };
}
