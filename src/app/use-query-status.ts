import { useQueryClient, type QueryCache } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { createQueryStatusStore, type QueryStatus } from './query-status';

const stores = new WeakMap<QueryCache, ReturnType<typeof createQueryStatusStore>>();

/** The page's data status (last update, stale refreshes, polling interval), shared by the header and banner. */
export function useQueryStatus(): QueryStatus {
  const cache = useQueryClient().getQueryCache();
  let store = stores.get(cache);
  if (!store) {
    store = createQueryStatusStore(cache);
    stores.set(cache, store);
  }
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
