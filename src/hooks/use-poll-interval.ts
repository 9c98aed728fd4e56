import { useSyncExternalStore } from 'react';
import { POLL_MS, type PollKind } from '@/lib/polling';
import { getPollingPreferences, subscribePollingPreferences } from '@/lib/polling-preferences';

/** The interval a query of this kind polls at now, or false while the operator paused polling. */
export function usePollInterval(kind: PollKind): number | false {
  const prefs = useSyncExternalStore(subscribePollingPreferences, getPollingPreferences);
  return prefs.paused ? false : POLL_MS[kind] * prefs.multiplier;
}
