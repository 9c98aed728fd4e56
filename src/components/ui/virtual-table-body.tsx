import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useRef, useState, type ReactNode } from 'react';
import { useOnChange } from '@/hooks/use-on-change';
import { formatCount } from '@/lib/format';
import { scrollWindowTo } from '@/lib/virtual-scroll-box';

/**
 * The most rows a virtual table draws. Browsers stop growing an element at about 33.5 million
 * px (Chrome; Firefox earlier), which a phone's 152 px cards pass at 220,000 rows; and an API's
 * count past this (or a hostile one, 10^15) must not make the page lay out that many offsets.
 */
export const MAX_TABLE_ROWS = 200_000;

/** The rows a table draws for a count: whole, not negative, at most MAX_TABLE_ROWS. */
function drawnRows(count: number): number {
  return Number.isFinite(count) ? Math.min(MAX_TABLE_ROWS, Math.max(0, Math.floor(count))) : 0;
}

/** The table's aria-rowcount for a count: the header, the rows drawn and, past the cap, the row that says so. */
export function ariaRowCount(count: number): number {
  return 1 + drawnRows(count) + (count > MAX_TABLE_ROWS ? 1 : 0);
}

interface Props<T> {
  /** How many rows the list has, loaded or not: the scroll height follows it. */
  count: number;
  /** The row at an index, or undefined while it has not arrived (it is drawn by renderPlaceholder). */
  rowAt: (index: number) => T | undefined;
  /** Fixed row height in px: rows must not grow, or the scrollbar would jump. */
  rowHeight: number;
  columnCount: number;
  /**
   * Renders one <tr>. It must carry aria-rowindex={ariaRowIndex}: with most rows absent
   * from the DOM, that (and the table's aria-rowcount) is how a screen reader knows
   * where in the list it is.
   */
  renderRow: (row: T, ariaRowIndex: number) => ReactNode;
  /** A row of the same height for an index whose data is still on its way. */
  renderPlaceholder: (ariaRowIndex: number) => ReactNode;
  /** The indexes of the first and last rows drawn (overscan included), whenever they change: what to load. */
  onRangeChange?: (first: number, last: number) => void;
  overscan?: number;
}

/**
 * The body of a real <table> that only renders the rows near the viewport. The page
 * scrolls (not an inner box), so the browser's scrollbar, keyboard scrolling and the app's
 * sticky top bar behave as on any page; spacer rows keep the total height.
 * aria-rowindex assumes one header row above the body.
 */
export function VirtualTableBody<T>({
  count,
  rowAt,
  rowHeight,
  columnCount,
  renderRow,
  renderPlaceholder,
  onRangeChange,
  overscan = 12,
}: Props<T>) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // New data is drawn in a deferred render, which React does in slices of a few ms: a poll's
  // answer (delivered by the query cache synchronously) or a table's first rows no longer
  // block the page for the whole render of every row on screen. Until then the rows shown
  // stay (placeholders at first); scrolling and selection still render at once.
  const shownRowAt = useDeferredValue(rowAt, noRowYet);

  // Where the body starts on the page, measured when a ResizeObserver reports: its first report
  // comes after the browser's own layout, where reading the position costs nothing (read in
  // React's commit it would force a layout of the whole page). Later reports catch content
  // above the table (a banner, the summary) changing height without this body re-rendering.
  // Until then the margin is 0, which draws the rows from the top of the list: those in view and a few more.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setScrollMargin(Math.round(body.getBoundingClientRect().top + window.scrollY)),
    );
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  // No getItemKey: rows have one fixed height, so there is no per-row size to remember, and
  // an inline key function would make the virtualiser recompute every row's offset per render.
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const drawn = drawnRows(count);
  const virtualizer = useWindowVirtualizer({
    count: drawn,
    estimateSize,
    overscan,
    scrollMargin,
    scrollToFn: scrollWindowTo,
  });
  // A layout change (a phone turned sideways) changes the row height: recompute every offset.
  useOnChange(rowHeight, () => virtualizer.measure());
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const top = first ? first.start - scrollMargin : 0;
  const bottom = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  const firstIndex = first?.index ?? 0;
  const lastIndex = last?.index ?? 0;
  useEffect(() => {
    onRangeChange?.(firstIndex, lastIndex);
  }, [onRangeChange, firstIndex, lastIndex]);

  return (
    <tbody ref={bodyRef}>
      {top > 0 ? <SpacerRow height={top} columnCount={columnCount} /> : null}
      {items.map((item) => {
        const row = shownRowAt(item.index);
        return row === undefined ? renderPlaceholder(item.index + 2) : renderRow(row, item.index + 2);
      })}
      {bottom > 0 ? <SpacerRow height={bottom} columnCount={columnCount} /> : null}
      {count > drawn ? (
        <tr aria-rowindex={drawn + 2}>
          <td colSpan={columnCount} className="px-3 py-3 text-sm text-slate-600 dark:text-slate-400">
            The table shows the first {formatCount(drawn)} of {formatCount(count)} rows: narrow the filters to see the
            rest.
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

/** Before the first deferred render: every row is a placeholder. */
function noRowYet(): undefined {
  return undefined;
}

function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={columnCount} className="p-0" style={{ height }} />
    </tr>
  );
}
