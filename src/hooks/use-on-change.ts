import { useEffect, useRef } from 'react';

/**
 * Calls `onChange` after a render in which `value` differs from the one before, and not on
 * mount: for work that only a change needs, like a list scrolled back to its top when it is
 * re-sorted, or row offsets recomputed when the row height changes.
 */
export function useOnChange<T>(value: T, onChange: () => void) {
  const seen = useRef(value);
  useEffect(() => {
    if (Object.is(seen.current, value)) return;
    seen.current = value;
    onChange();
  });
}
