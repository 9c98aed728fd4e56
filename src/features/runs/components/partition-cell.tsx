import type { StatusTone } from '@/lib/status-tone';
import type { Partition } from '../api/get-run-progress';
import { describePartition, partitionTone, partitionValue } from '../lib/partitions';

/**
 * How a partition's status looks in the compact grid: by shape and pattern as well as
 * colour, so it reads without colour: solid (completed), filled from the bottom or striped
 * (running), hollow (pending), crossed (failed), dotted (anything else).
 */
const TONE_CLASS: Record<StatusTone, string> = {
  ok: 'bg-ok border-ok',
  run: 'border-run bg-run/15',
  wait: 'border-wait bg-transparent',
  fail: 'bg-fail border-fail partition-crossed',
  warn: 'bg-warn border-warn',
  unknown: 'border-dotted border-accent bg-accent/20',
};
const SHAPE = 'size-3 shrink-0 rounded-[2px] border';
/**
 * Only a cell filled by its progress holds the fill (positioned inside it, clipped to its
 * corners). Positioned, every cell would be a paint layer of its own: on 1,000 cells that
 * made the grid's style and layout about 7 ms slower in Chromium (ad-hoc timing).
 */
const HOLDS_FILL = 'relative overflow-hidden';
const FOCUS_RING =
  'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-slate-900 dark:focus-visible:outline-white';
const FILL_CLASS = 'absolute inset-x-0 bottom-0 block bg-run';

/**
 * A running partition whose progress is unknown is striped (index.css). The crossed and
 * striped patterns are classes, not inline styles: set on a thousand cells, an inline
 * gradient took 12 ms to parse in Chromium (and clearing it 2 ms), in the render that brings
 * a run's progress.
 */
const STRIPED = 'partition-striped';

/** One class string per look, shared by every cell, so 1,000 cells hold no class strings of their own. */
const CELL_CLASS = Object.fromEntries(
  Object.entries(TONE_CLASS).map(([tone, colours]) => [tone, `${SHAPE} ${colours} ${FOCUS_RING}`]),
) as Record<StatusTone, string>;
const STRIPED_CELL_CLASS = `${CELL_CLASS.run} ${STRIPED}`;
const FILLED_CELL_CLASS = `${CELL_CLASS.run} ${HOLDS_FILL}`;

/** The cell's classes (striped when running with no value) and the height of a running partition's fill. */
function look(tone: StatusTone, value: number | null): { className: string; fill: number | null } {
  if (tone !== 'run') return { className: CELL_CLASS[tone], fill: null };
  return value === null ? { className: STRIPED_CELL_CLASS, fill: null } : { className: FILLED_CELL_CLASS, fill: value };
}

/**
 * The grid's cells are written to the DOM here, not rendered by React. A run page watches
 * up to thousands of cells change poll after poll; as React components each would keep two
 * fibres (the current render and the one before it, React's double buffering) with their
 * props and strings, about 0.5 MB of JavaScript heap that a freshly opened page does not
 * have (docs/resilience.md, "Soak"). As plain elements, a cell is one DOM node whose
 * attributes live outside the JavaScript heap. Still a named progressbar, as DESIGN.md asks.
 */
export function createPartitionCell(position: number): HTMLElement {
  const cell = cellTemplate().cloneNode(false) as HTMLElement;
  cell.dataset.position = String(position);
  return cell;
}

let template: HTMLElement | null = null;

/**
 * What every cell starts with, copied by `cloneNode` (attributes copied natively): 1,000
 * cells took 14.5 ms of script against 18.9 ms with each attribute set (ad-hoc, Chromium).
 */
function cellTemplate(): HTMLElement {
  if (!template) {
    template = document.createElement('div');
    template.setAttribute('role', 'progressbar');
    template.setAttribute('aria-valuemin', '0');
    template.setAttribute('aria-valuemax', '100');
    template.tabIndex = -1;
  }
  return template;
}

export function writePartitionCell(cell: HTMLElement, partition: Partition): void {
  const value = partitionValue(partition);
  const description = describePartition(partition);
  const tone = partitionTone(partition.status);
  const { className, fill } = look(tone, value);
  cell.setAttribute('aria-label', `Partition ${partition.index}`);
  if (value === null) cell.removeAttribute('aria-valuenow');
  else cell.setAttribute('aria-valuenow', String(value));
  cell.setAttribute('aria-valuetext', description);
  cell.title = `Partition ${partition.index}: ${description}`;
  cell.className = className;
  let fillElement = cell.firstElementChild as HTMLElement | null;
  if (fill === null) {
    fillElement?.remove();
    return;
  }
  if (!fillElement) {
    fillElement = document.createElement('span');
    fillElement.className = FILL_CLASS;
    cell.append(fillElement);
  }
  fillElement.style.height = `${fill}%`;
}

/** A legend swatch: the same look, hidden from the accessibility tree. */
export function PartitionSwatch({ tone, value = null }: { tone: StatusTone; value?: number | null }) {
  const { className, fill } = look(tone, value);
  return (
    <span aria-hidden="true" className={`inline-block ${className}`}>
      {fill === null ? null : <span className={FILL_CLASS} style={{ height: `${fill}%` }} />}
    </span>
  );
}
