import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { RevealedText } from '@/components/ui/revealed-text';
import { SortableHeader } from '@/components/ui/sortable-header';
import { useNarrowScreen } from '@/hooks/use-media-query';
import { useOnChange } from '@/hooks/use-on-change';
import { formatCount, formatExact } from '@/lib/format';
import { observeBoxAfterLayout, scrollBoxTo } from '@/lib/virtual-scroll-box';
import type { ValidationError } from '../api/schemas';
import type { ErrorSort, ErrorSortKey } from '../lib/error-view';

/**
 * Fixed: rows that grew as they are measured would make the scrollbar jump on a 100,000-row
 * list. Two 16 px lines + 2 px padding + 1 px border fit in it.
 */
const ROW_HEIGHT = 36;
/**
 * On a phone each row is stacked (row and column, then the value, then the error, each up to
 * two lines) so the error is never off-screen: five 16 px lines + 8 px padding + 1 px border.
 */
const NARROW_ROW_HEIGHT = 90;
/** The scroll box's max-h: 32rem, or 70vh when that is less. */
const BOX_MAX_HEIGHT_PX = 512;
const CELL = 'border-b border-slate-100 px-3 py-px dark:border-slate-800 max-sm:block max-sm:border-0 max-sm:px-0';
/** A stacked row: a label column, then the content. */
const STACKED_ROW =
  'max-sm:grid max-sm:grid-cols-[4.5rem_minmax(0,1fr)] max-sm:content-start max-sm:border-b max-sm:border-slate-100 max-sm:px-3 max-sm:py-1 max-sm:dark:border-slate-800';
const COLUMNS: { key: ErrorSortKey; label: string; align?: 'right'; width?: string }[] = [
  { key: 'row', label: 'Row', align: 'right', width: 'w-20 sm:w-24' },
  { key: 'column', label: 'Column', width: 'w-28 sm:w-32' },
  { key: 'value', label: 'Value' },
  { key: 'error', label: 'Error' },
];

interface Props {
  count: number;
  rowAt: (index: number) => ValidationError | undefined;
  sort: ErrorSort | null;
  onSort: (key: ErrorSortKey) => void;
  /** The first and last row index drawn, so the caller can load those pages. */
  onRangeChange: (first: number, last: number) => void;
  /** Changes whenever the rows are re-ordered, to scroll back to the top. */
  viewKey: string;
  /** What an empty table says: nothing loaded yet, no errors at all, or none matching the filter. */
  emptyText: string;
}

/**
 * The "Validation errors" table: a real table in its own scroll box that draws only the rows
 * near the viewport (plus spacer rows), so 100,000 errors scroll with a few dozen rows in the
 * DOM. Rows not loaded yet are drawn as placeholders of the same height.
 * (ui/virtual-table-body scrolls the window with every row at hand; this list is one panel
 * among several and arrives in pages.)
 */
export function ValidationErrorTable({ count, rowAt, sort, onSort, onRangeChange, viewKey, emptyText }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const narrow = useNarrowScreen();
  const rowHeight = narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  // The build has no React Compiler, so there is no memoisation for this hook to defeat.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // A few rows beyond the box are enough for a fixed row height; each one costs layout on every jump.
    overscan: 4,
    observeElementRect: observeBoxAfterLayout,
    scrollToFn: scrollBoxTo,
    // Until the box is laid out: its tallest (max-h below), so the first frame has its rows.
    initialRect: { width: 0, height: Math.min(BOX_MAX_HEIGHT_PX, 0.7 * window.innerHeight) },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => onRangeChange(first, last), [first, last, onRangeChange]);
  // Neither on mount: a new box is at its top, and its offsets were computed with this height.
  useOnChange(viewKey, () => virtualizer.scrollToOffset(0));
  // Offsets were computed with the other layout's row height.
  useOnChange(rowHeight, () => virtualizer.measure());

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div
      ref={scrollRef}
      tabIndex={0}
      className="max-h-[min(32rem,70vh)] overflow-auto rounded border [contain:content] border-slate-200 focus-visible:outline-2 focus-visible:outline-run dark:border-slate-800"
    >
      <table
        aria-label="Validation errors"
        aria-rowcount={count + 1}
        className="w-full min-w-[34rem] table-fixed border-separate border-spacing-0 text-xs max-sm:block max-sm:min-w-0"
      >
        <thead className="sticky top-0 z-10 bg-slate-50 max-sm:block dark:bg-slate-900">
          <tr
            aria-rowindex={1}
            className="max-sm:flex max-sm:flex-wrap max-sm:border-b max-sm:border-slate-200 max-sm:dark:border-slate-700"
          >
            {COLUMNS.map((column) => (
              <SortableHeader
                key={column.key}
                direction={sort?.key === column.key ? sort.direction : null}
                onSort={() => onSort(column.key)}
                align={column.align}
                className={`border-b border-slate-200 dark:border-slate-700 ${column.width ?? ''} max-sm:block max-sm:w-auto max-sm:border-0 max-sm:px-2`}
              >
                {column.label}
              </SortableHeader>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {top > 0 ? <Spacer height={top} /> : null}
          {items.map((item) => (
            // Keyed by slot, not by row: a scroll that brings all new rows updates the same <tr>s
            // in place instead of removing and creating a few dozen of them per frame.
            <ErrorRow
              key={item.index - first}
              row={rowAt(item.index)}
              ariaRowIndex={item.index + 2}
              height={rowHeight}
            />
          ))}
          {bottom > 0 ? <Spacer height={bottom} /> : null}
        </tbody>
      </table>
      {count === 0 ? <p className="p-3 text-sm text-slate-600 dark:text-slate-400">{emptyText}</p> : null}
    </div>
  );
}

function ErrorRow({
  row,
  ariaRowIndex,
  height,
}: {
  row: ValidationError | undefined;
  ariaRowIndex: number;
  height: number;
}) {
  if (!row) {
    return (
      <tr aria-rowindex={ariaRowIndex} style={{ height }} className={STACKED_ROW}>
        <td colSpan={4} className={`${CELL} max-sm:col-span-2`}>
          <span className="block h-2.5 w-2/3 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
          <span className="sr-only">Loading…</span>
        </td>
      </tr>
    );
  }
  return (
    <tr aria-rowindex={ariaRowIndex} style={{ height }} className={STACKED_ROW}>
      <td
        className={`${CELL} text-right tabular-nums max-sm:text-left max-sm:font-medium`}
        title={formatExact(row.row)}
      >
        {formatCount(row.row)}
      </td>
      <td className={`${CELL} truncate font-mono`} title={row.column ?? undefined}>
        {row.column ?? <Missing />}
      </td>
      <td className={`${CELL} ${STACKED_CELL}`} data-label="value">
        {row.value === null ? (
          <Missing />
        ) : row.value === '' ? (
          <Empty />
        ) : (
          // Not "value of row N": the sort buttons are named Row and Value, and the copy must not answer to those names.
          <RevealedText text={row.value} copyLabel={`text of record ${formatCount(row.row)}`} className={CLAMPED} />
        )}
      </td>
      <td className={`${CELL} ${STACKED_CELL}`} data-label="error">
        <Verbatim text={row.error} />
      </td>
    </tr>
  );
}

/** Value and error span the stacked row, their label (index.css, .stacked-label) in its first column. */
const STACKED_CELL = 'max-sm:col-span-2 max-sm:grid max-sm:grid-cols-subgrid stacked-label';

/** Markup and formulas stay inert as text, line breaks and tabs kept, bidi isolated; two lines at most. */
const CLAMPED = 'line-clamp-2 block text-left break-words whitespace-pre-wrap';

/** A message exactly as the API sent it, the whole of it on hover. */
function Verbatim({ text }: { text: string | null }) {
  if (text === null) return <Missing />;
  if (text === '') return <Empty />;
  return (
    <bdi className={CLAMPED} title={text}>
      {text}
    </bdi>
  );
}

function Empty() {
  return <span className="text-slate-400 italic dark:text-slate-500">empty</span>;
}

function Missing() {
  return <span className="text-slate-400 dark:text-slate-500">—</span>;
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="max-sm:block">
      <td colSpan={4} className="p-0 max-sm:block" style={{ height }} />
    </tr>
  );
}
