import {
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import type { Partition } from '../api/get-run-progress';
import { describePartition } from '../lib/partitions';
import { createPartitionCell, writePartitionCell } from './partition-cell';
import { PartitionLegend } from './partition-legend';
import { ScrollHintBox } from '@/components/ui/scroll-hint-box';
import { formatCount } from '@/lib/format';

const CELL_PITCH = 15; // 12 px cell + 3 px gap (size-3, gap-[3px])

function positionOf(event: { target: EventTarget }): number | null {
  const value = (event.target as HTMLElement).dataset?.position;
  return value === undefined ? null : Number(value);
}

/**
 * Keeps the grid's children one cell per partition (see createPartitionCell for why they
 * are not React elements): rewrites only the cells whose partition object changed, which
 * polls keep identical while a partition does not move, and gives one cell the tab stop.
 */
function usePartitionCells(
  gridRef: RefObject<HTMLDivElement | null>,
  partitions: readonly Partition[],
  tabStop: number,
) {
  const written = useRef<readonly Partition[]>([]);
  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const before = written.current;
    while (grid.childElementCount > partitions.length) grid.lastElementChild?.remove();
    // Walked cell by cell, not grid.children[position]: a live collection read between appends
    // is rebuilt each time in some DOMs (jsdom: 10,000 partitions took 30 s).
    let cell = grid.firstElementChild as HTMLElement | null;
    // New cells are written before they join the page, and join it at once: written in place,
    // each attribute set on a connected element was a style invalidation of its own.
    const added = document.createDocumentFragment();
    partitions.forEach((partition, position) => {
      if (cell) {
        if (before[position] !== partition) writePartitionCell(cell, partition);
        cell = cell.nextElementSibling as HTMLElement | null;
        return;
      }
      const created = createPartitionCell(position);
      writePartitionCell(created, partition);
      added.append(created);
    });
    grid.append(added);
    written.current = partitions;
  }, [gridRef, partitions]);

  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const stop = grid.children[Math.min(tabStop, grid.childElementCount - 1)] as HTMLElement | undefined;
    for (const cell of grid.querySelectorAll<HTMLElement>('[tabindex="0"]')) if (cell !== stop) cell.tabIndex = -1;
    if (stop) stop.tabIndex = 0;
  }, [gridRef, partitions.length, tabStop]);
}

/**
 * Hundreds or thousands of partitions as a compact grid of small cells. One tab stop:
 * arrow keys, Home and End move between cells (roving tabindex); the partition under the
 * pointer or focus is described in words below the grid.
 */
export function PartitionGrid({ partitions }: { partitions: readonly Partition[] }) {
  const [focused, setFocused] = useState(0);
  const [pointed, setPointed] = useState<number | null>(null);
  const shown = pointed ?? focused;
  const current = partitions[Math.min(shown, partitions.length - 1)];
  const gridRef = useRef<HTMLDivElement>(null);
  usePartitionCells(gridRef, partitions, focused);

  function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
    const from = positionOf(event);
    if (from === null) return;
    const perRow = Math.max(1, Math.floor((event.currentTarget.clientWidth + 3) / CELL_PITCH));
    const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: perRow, ArrowUp: -perRow };
    const last = partitions.length - 1;
    const delta = step[event.key];
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? last : delta === undefined ? null : from + delta;
    if (to === null) return;
    event.preventDefault();
    const target = Math.min(last, Math.max(0, to));
    setFocused(target);
    event.currentTarget.querySelector<HTMLElement>(`[data-position="${target}"]`)?.focus();
  }

  return (
    <div className="space-y-2">
      {/* On a phone 1,000 cells are two screens tall: the grid scrolls inside, so the errors below stay near. */}
      <ScrollHintBox
        className="max-sm:max-h-32 max-sm:overflow-y-auto max-sm:overscroll-contain"
        hint={`Scroll the grid for all ${formatCount(partitions.length)} partitions`}
      >
        <div
          ref={gridRef}
          role="group"
          aria-label="Partitions, one cell each"
          className="grid grid-cols-[repeat(auto-fill,12px)] gap-[3px]"
          onKeyDown={moveFocus}
          onFocus={(event: FocusEvent) => {
            const position = positionOf(event);
            if (position !== null) setFocused(position);
          }}
          onMouseOver={(event: MouseEvent) => setPointed(positionOf(event))}
          onMouseLeave={() => setPointed(null)}
        />
      </ScrollHintBox>
      <p className="min-h-5 truncate text-xs text-slate-600 dark:text-slate-300">
        {current ? (
          <>
            <span className="font-medium text-slate-900 dark:text-slate-100">Partition {current.index}</span>:{' '}
            {describePartition(current)}
          </>
        ) : null}
      </p>
      <PartitionLegend />
    </div>
  );
}
