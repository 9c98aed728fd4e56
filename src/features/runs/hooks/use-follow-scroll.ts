import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Keeps a scroll box pinned to its newest content, like `tail -f`, but only while the user
 * is at the bottom: scrolling up to read stops the following, scrolling back down resumes it.
 */
export function useFollowScroll<T extends HTMLElement>(contentKey: unknown, enabled: boolean) {
  const ref = useRef<T>(null);
  const atBottom = useRef(true);

  const onScroll = useCallback(() => {
    const box = ref.current;
    if (box) atBottom.current = box.scrollHeight - box.scrollTop - box.clientHeight < 8;
  }, []);

  useLayoutEffect(() => {
    const box = ref.current;
    if (box && enabled && atBottom.current) box.scrollTop = box.scrollHeight;
  }, [contentKey, enabled]);

  return { ref, onScroll };
}
