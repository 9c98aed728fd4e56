/**
 * A virtual table's row whose data is still on its way: the row's height (so nothing moves when
 * the data lands), a pulsing bar, "Loading…" for screen readers.
 */
export function PlaceholderRow({
  ariaRowIndex,
  height,
  columnCount,
  rowClassName,
  cellClassName,
}: {
  ariaRowIndex: number;
  height: number;
  columnCount: number;
  /** The table's own row and cell classes, so the placeholder lines up with its rows (and cards on a phone). */
  rowClassName: string;
  cellClassName: string;
}) {
  return (
    <tr aria-rowindex={ariaRowIndex} aria-busy="true" style={{ height }} className={rowClassName}>
      <td className={cellClassName} colSpan={columnCount}>
        <span className="sr-only">Loading…</span>
        <div aria-hidden="true" className="h-3 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      </td>
    </tr>
  );
}
