import { elementScroll, windowScroll, type Rect, type Virtualizer } from '@tanstack/react-virtual';

/*
 * TanStack Virtual, attached to its scroll box or the window without forcing a layout in
 * React's commit. Its defaults read a box's size, and scroll the box or the window to where
 * it already is as they attach; either makes the browser lay the whole page out there and
 * then again for the frame (together 90 ms on a run with 1,000 partitions and 100,000 errors).
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

const attached = new WeakSet<object>();

/**
 * Whether this is the virtualiser's write, as it attaches, of the offset it already holds (0
 * for a new box; for the window, the offset it read as it was made). That write moves
 * nothing, and in React's commit it makes the browser lay the whole page out.
 */
function isAttachWrite(
  offset: number,
  options: { adjustments?: number },
  instance: object & { scrollOffset: number | null },
) {
  if (attached.has(instance)) return false;
  attached.add(instance);
  return offset + (options.adjustments ?? 0) === (instance.scrollOffset ?? 0);
}

/** `scrollToFn` for a virtualiser in its own scroll box, without the attach write. */
export function scrollBoxTo<TBox extends Element, TItem extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<TBox, TItem>,
) {
  if (!isAttachWrite(offset, options, instance)) elementScroll(offset, options, instance);
}

/** `scrollToFn` for a virtualiser over the window's scroll, without the attach write. */
export function scrollWindowTo<TItem extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<Window, TItem>,
) {
  if (!isAttachWrite(offset, options, instance)) windowScroll(offset, options, instance);
}
