import { elementScroll, type Rect, type Virtualizer } from '@tanstack/react-virtual';

/*
 * TanStack Virtual, attached to its own scroll box without forcing a layout in React's
 * commit. Its defaults read the box's size and scroll it to 0 as it attaches; either makes
 * the browser lay the whole page out there and then again for the frame (together 90 ms on
 * a run with 1,000 partitions and 100,000 errors).
 */

/**
 * `observeElementRect` from a ResizeObserver alone: its first report comes once the browser
 * has laid the box out, and the options' `initialRect` stands in until then.
 */
export function observeBoxAfterLayout<TBox extends Element, TItem extends Element>(
  instance: Virtualizer<TBox, TItem>,
  onRect: (rect: Rect) => void,
) {
  const box = instance.scrollElement;
  if (!box || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(([entry]) => {
    const size = entry?.contentBoxSize[0];
    if (size) onRect({ width: Math.round(size.inlineSize), height: Math.round(size.blockSize) });
  });
  observer.observe(box);
  return () => observer.disconnect();
}

const attached = new WeakSet<Element>();

/**
 * `scrollToFn` without the first write to a box that was just created: the virtualiser
 * scrolls it to 0 as it attaches, where a new box already is.
 */
export function scrollBoxTo<TBox extends Element, TItem extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<TBox, TItem>,
) {
  const box = instance.scrollElement;
  if (box && !attached.has(box)) {
    attached.add(box);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}
