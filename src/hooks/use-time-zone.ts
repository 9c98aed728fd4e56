import { useSyncExternalStore } from 'react';
import { getTimeZoneChoice, subscribeTimeZone, type TimeZoneChoice } from '@/lib/time-zone';

/** The time-zone setting of the top bar; components re-render when it changes. */
export function useTimeZone(): TimeZoneChoice {
  return useSyncExternalStore(subscribeTimeZone, getTimeZoneChoice);
}
