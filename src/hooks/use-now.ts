import { useCallback, useSyncExternalStore } from 'react';

/**
 * One shared ticking clock per period, so a page with a thousand relative times
 * sets one timer, not a thousand.
 */
const clocks = new Map<number, { now: number; listeners: Set<() => void>; timer?: ReturnType<typeof setInterval> }>();

function clockFor(periodMs: number) {
  let clock = clocks.get(periodMs);
  if (!clock) {
    clock = { now: Date.now(), listeners: new Set() };
    clocks.set(periodMs, clock);
  }
  return clock;
}

function subscribeClock(periodMs: number, listener: () => void): () => void {
  const clock = clockFor(periodMs);
  clock.listeners.add(listener);
  if (!clock.timer) {
    // Nobody watched it since its last tick, which may be long ago: a page opened ten minutes
    // after the last one left must not count from then until the first tick. (React renders
    // again when the time read during render has changed by the time it subscribes.)
    clock.now = Date.now();
    clock.timer = setInterval(() => {
      clock.now = Date.now();
      clock.listeners.forEach((l) => l());
    }, periodMs);
  }
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size === 0 && clock.timer) {
      clearInterval(clock.timer);
      clock.timer = undefined;
    }
  };
}

export function useNow(periodMs = 1_000): number {
  // Stable, or React would subscribe again on every render: each time the last listener
  // leaving and a new one arriving, which reads the time afresh, renders again, and so on.
  const subscribe = useCallback((listener: () => void) => subscribeClock(periodMs, listener), [periodMs]);
  return useSyncExternalStore(subscribe, () => clockFor(periodMs).now);
}
