import { useCallback, useEffect, useRef } from 'react';

/**
 * Keeps a scroll box pinned to its newest content, like `tail -f`, but only while the user
 * is at the bottom: scrolling up to read stops the following, scrolling back down resumes it.
 * The jump waits for the next frame: read in React's commit, the box's height would force a
 * layout of the whole page there (35 ms on a 1,000-partition run), on top of the frame's own.
 */
export function useFollowScroll<T extends HTMLElement>(contentKey: unknown, enabled: boolean) {
  const ref = useRef<T>(null);
  const atBottom = useRef(true);

  const onScroll = useCallback(() => {
    const box = ref.current;
    if (box) atBottom.current = box.scrollHeight - box.scrollTop - box.clientHeight < 8;
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const frame = requestAnimationFrame(() => {
      const box = ref.current;
      if (box && atBottom.current) box.scrollTop = box.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [contentKey, enabled]);

  return { ref, onScroll };
}
