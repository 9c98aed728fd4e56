import { useSyncExternalStore } from 'react';

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
  return useSyncExternalStore(
    (listener) => subscribeClock(periodMs, listener),
    () => clockFor(periodMs).now,
  );
}
