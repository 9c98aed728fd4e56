import { useQueryClient, type QueryCache } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { createQueryStatusStore, type QueryStatus } from './query-status';

const stores = new WeakMap<QueryCache, ReturnType<typeof createQueryStatusStore>>();

/** The page's data status (last update, stale refreshes, polling interval), shared by the header and banner. */
export function useQueryStatus(): QueryStatus {
  return useQueryStatusValue((status) => status);
}

/**
 * One value of the status: the component re-renders only when that value changes, not on
 * every poll that moves `updatedAt`. The selection must return a primitive or a value the
 * status keeps as is (compared with Object.is).
 */
export function useQueryStatusValue<T>(select: (status: QueryStatus) => T): T {
  const cache = useQueryClient().getQueryCache();
  let store = stores.get(cache);
  if (!store) {
    store = createQueryStatusStore(cache);
    stores.set(cache, store);
  }
  const { subscribe, getSnapshot } = store;
  return useSyncExternalStore(subscribe, () => select(getSnapshot()));
}
