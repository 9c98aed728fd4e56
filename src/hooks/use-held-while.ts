import { useState } from 'react';

/**
 * `value`, except while `hold` is true: then the value it had when the hold began. E.g. a
 * query parameter that moves with the clock must not start a request while the tab is hidden.
 */
export function useHeldWhile<T>(hold: boolean, value: T): T {
  const [held, setHeld] = useState(value);
  // Derived state, updated during render as React documents for it: no extra commit.
  if (!hold && !Object.is(held, value)) setHeld(value);
  return hold ? held : value;
}
