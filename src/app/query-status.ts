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
}

/** The shell's own "who am I" query is not page data: it never refreshes by design. */
const isPageQuery = (query: Query) => query.queryKey[0] !== 'me' && query.getObserversCount() > 0;

function pollingInterval(query: Query): number | null {
  let shortest: number | null = null;
  for (const observer of query.observers) {
    const option = observer.options.refetchInterval;
    const value = typeof option === 'function' ? option(query) : option;
    if (typeof value === 'number' && value > 0 && (shortest === null || value < shortest)) shortest = value;
  }
  return shortest;
}

export function queryStatus(queries: readonly Query[]): QueryStatus {
  let updatedAt = 0;
  let intervalMs: number | null = null;
  let stale: QueryStatus['stale'] = null;
  let newestErrorAt = -1;
  for (const query of queries) {
    if (!isPageQuery(query)) continue;
    const { state } = query;
    updatedAt = Math.max(updatedAt, state.dataUpdatedAt);
    const interval = pollingInterval(query);
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
    a.stale?.message === b.stale?.message
  );
}

/** A store for useSyncExternalStore: recomputed on cache events, the same object while nothing changed. */
export function createQueryStatusStore(cache: QueryCache) {
  const listeners = new Set<() => void>();
  let current = queryStatus(cache.getAll());
  let unsubscribe: (() => void) | null = null;
  const recompute = () => {
    const next = queryStatus(cache.getAll());
    if (sameStatus(current, next)) return;
    current = next;
    listeners.forEach((listener) => listener());
  };
  return {
    getSnapshot: () => current,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      unsubscribe ??= cache.subscribe(recompute);
      recompute();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unsubscribe?.();
          unsubscribe = null;
        }
      };
    },
  };
}
