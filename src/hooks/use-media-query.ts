import { useCallback, useSyncExternalStore } from 'react';

/** Tailwind's `max-sm:` range: below it, wide tables turn into stacked rows. */
export const NARROW_SCREEN = '(width < 40rem)';

/** Whether a media query matches now, following its changes (a phone turned sideways). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = window.matchMedia?.(query);
      media?.addEventListener('change', onChange);
      return () => media?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}

/** The layout of a fixed-height virtual row follows this, so its height has to as well. */
export const useNarrowScreen = () => useMediaQuery(NARROW_SCREEN);
