import { useSyncExternalStore } from 'react';
import { getWatchList, subscribeWatchList, type WatchList } from '../lib/watch-store';

export function useWatchList(): WatchList {
  return useSyncExternalStore(subscribeWatchList, getWatchList);
}
