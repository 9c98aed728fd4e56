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
import { useNarrowScreen } from '@/hooks/use-media-query';
import { formatCount } from '@/lib/format';

const GAP = 3;
const CELL_PITCH = 12 + GAP; // size-3 cell, gap-[3px]

function positionOf(event: { target: EventTarget }): number | null {
  const value = (event.target as HTMLElement).dataset?.position;
  return value === undefined ? null : Number(value);
}

/**
 * How many cells the grid draws in its first task when it scrolls inside its box (phones):
 * the rows the box shows (`max-sm:max-h-32`, 128 px, eight and a half rows) and one more.
 * The rest join in tasks of {@link LATER_CELLS} right after: on a phone 1,000 cells in one
 * task were most of the run page's longest task (ad-hoc Lighthouse traces, docs/benchmarks.md).
 */
const SCROLLER_ROWS = 10;
const LATER_CELLS = 250;

/** Gives the cell at `tabStop` (or the last one) the grid's one tab stop. */
function placeTabStop(grid: HTMLElement, tabStop: number) {
  const stop = grid.children[Math.min(tabStop, grid.childElementCount - 1)] as HTMLElement | undefined;
  for (const cell of grid.querySelectorAll<HTMLElement>('[tabindex="0"]')) if (cell !== stop) cell.tabIndex = -1;
  if (stop) stop.tabIndex = 0;
}

/** Creates the cells missing at the end of the grid, up to `end`, from `partitions`. */
function appendCells(grid: HTMLElement, partitions: readonly Partition[], end: number, tabStop: number) {
  // New cells are written before they join the page, and join it at once: written in place,
  // each attribute set on a connected element was a style invalidation of its own.
  const added = document.createDocumentFragment();
  for (let position = grid.childElementCount; position < Math.min(end, partitions.length); position += 1) {
    const created = createPartitionCell(position);
    writePartitionCell(created, partitions[position]!);
    added.append(created);
  }
  grid.append(added);
  if (grid.childElementCount >= partitions.length) grid.style.minHeight = '';
  placeTabStop(grid, tabStop);
}

/**
 * Runs `draw` in a task after the next frame has laid the page out and painted it, with the
 * grid holding the height of `count` cells in that frame, so nothing below it moves when they
 * come. With the cells in them, the page's first render with data and its frame were each
 * a long task on a desktop screen (docs/benchmarks.md, session 17); without them each is
 * shorter, and the cells' own script, style and layout follow in a task and a frame of their own.
 */
function afterFirstLayout(grid: HTMLElement, count: number, draw: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof ResizeObserver === 'undefined') {
    timer = setTimeout(draw, 0);
    return () => clearTimeout(timer);
  }
  // A ResizeObserver reports after the frame's layout and before its paint.
  const observer = new ResizeObserver(([entry]) => {
    observer.disconnect();
    const perRow = Math.max(1, Math.floor(((entry?.contentRect.width ?? 0) + GAP) / CELL_PITCH));
    grid.style.minHeight = `${Math.ceil(count / perRow) * CELL_PITCH - GAP}px`;
    timer = setTimeout(draw, 0);
  });
  observer.observe(grid);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

/**
 * Keeps the grid's children one cell per partition (see createPartitionCell for why they
 * are not React elements): rewrites only the cells whose partition object changed, which
 * polls keep identical while a partition does not move, and gives one cell the tab stop.
 * Missing cells are drawn after the frame that shows the rest of the page: `firstCells` in
 * one task, the rest {@link LATER_CELLS} a task; `completeCells` draws them all at once (a
 * key that jumps past the cells drawn so far).
 */
function usePartitionCells(
  gridRef: RefObject<HTMLDivElement | null>,
  partitions: readonly Partition[],
  tabStop: number,
  firstCells: number,
) {
  const written = useRef<readonly Partition[]>([]);
  const tabStopRef = useRef(tabStop);
  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const before = written.current;
    while (grid.childElementCount > partitions.length) grid.lastElementChild?.remove();
    // Walked cell by cell, not grid.children[position]: a live collection read between appends
    // is rebuilt each time in some DOMs (jsdom: 10,000 partitions took 30 s).
    let position = 0;
    for (let cell = grid.firstElementChild; cell; cell = cell.nextElementSibling, position += 1)
      if (before[position] !== partitions[position]) writePartitionCell(cell as HTMLElement, partitions[position]!);
    written.current = partitions;
    if (grid.childElementCount >= partitions.length) {
      grid.style.minHeight = ''; // held for more cells than the newest poll has
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const drawFrom = (end: number) => {
      appendCells(grid, partitions, end, tabStopRef.current);
      if (grid.childElementCount < partitions.length)
        timer = setTimeout(() => drawFrom(grid.childElementCount + LATER_CELLS), 0);
    };
    const cancel = afterFirstLayout(grid, partitions.length, () => drawFrom(firstCells));
    return () => {
      cancel();
      clearTimeout(timer);
    };
  }, [gridRef, partitions, firstCells]);

  useLayoutEffect(() => {
    tabStopRef.current = tabStop;
    if (gridRef.current) placeTabStop(gridRef.current, tabStop);
  }, [gridRef, partitions.length, tabStop]);

  return {
    completeCells: () => {
      if (gridRef.current) appendCells(gridRef.current, written.current, written.current.length, tabStopRef.current);
    },
  };
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
  const narrow = useNarrowScreen();
  const firstCells = narrow ? SCROLLER_ROWS * Math.ceil(window.innerWidth / CELL_PITCH) : partitions.length;
  const { completeCells } = usePartitionCells(gridRef, partitions, focused, firstCells);

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
    completeCells();
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
