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
  fail: 'bg-fail border-fail',
  warn: 'bg-warn border-warn',
  unknown: 'border-dotted border-accent bg-accent/20',
};
const SHAPE = 'relative size-3 shrink-0 overflow-hidden rounded-[2px] border';
const FOCUS_RING =
  'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-slate-900 dark:focus-visible:outline-white';
const FILL_CLASS = 'absolute inset-x-0 bottom-0 block bg-run';

const CROSS =
  'linear-gradient(45deg, transparent 40%, #fff 40%, #fff 60%, transparent 60%), linear-gradient(-45deg, transparent 40%, #fff 40%, #fff 60%, transparent 60%)';
const STRIPES = 'repeating-linear-gradient(45deg, var(--color-run) 0 2px, transparent 2px 4px)';

/** The pattern over the tone's colours, and the height of the fill for a running partition with a known value. */
function pattern(tone: StatusTone, value: number | null): { backgroundImage: string; fill: number | null } {
  if (tone === 'fail') return { backgroundImage: CROSS, fill: null };
  if (tone === 'run')
    return value === null ? { backgroundImage: STRIPES, fill: null } : { backgroundImage: '', fill: value };
  return { backgroundImage: '', fill: null };
}

/** One class string per tone, shared by every cell, so 1,000 cells hold no class strings of their own. */
const CELL_CLASS = Object.fromEntries(
  Object.entries(TONE_CLASS).map(([tone, colours]) => [tone, `${SHAPE} ${colours} ${FOCUS_RING}`]),
) as Record<StatusTone, string>;

/**
 * The grid's cells are written to the DOM here, not rendered by React. A run page watches
 * up to thousands of cells change poll after poll; as React components each would keep two
 * fibres (the current render and the one before it, React's double buffering) with their
 * props and strings, about 0.5 MB of JavaScript heap that a freshly opened page does not
 * have (docs/resilience.md, "Soak"). As plain elements, a cell is one DOM node whose
 * attributes live outside the JavaScript heap. Still a named progressbar, as DESIGN.md asks.
 */
export function createPartitionCell(position: number): HTMLElement {
  const cell = document.createElement('div');
  cell.setAttribute('role', 'progressbar');
  cell.setAttribute('aria-valuemin', '0');
  cell.setAttribute('aria-valuemax', '100');
  cell.dataset.position = String(position);
  cell.tabIndex = -1;
  return cell;
}

export function writePartitionCell(cell: HTMLElement, partition: Partition): void {
  const value = partitionValue(partition);
  const description = describePartition(partition);
  const tone = partitionTone(partition.status);
  const { backgroundImage, fill } = pattern(tone, value);
  cell.setAttribute('aria-label', `Partition ${partition.index}`);
  if (value === null) cell.removeAttribute('aria-valuenow');
  else cell.setAttribute('aria-valuenow', String(value));
  cell.setAttribute('aria-valuetext', description);
  cell.title = `Partition ${partition.index}: ${description}`;
  cell.className = CELL_CLASS[tone];
  cell.style.backgroundImage = backgroundImage;
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
  const { backgroundImage, fill } = pattern(tone, value);
  return (
    <span
      aria-hidden="true"
      className={`inline-block ${SHAPE} ${TONE_CLASS[tone]}`}
      style={backgroundImage ? { backgroundImage } : undefined}
    >
      {fill === null ? null : <span className={FILL_CLASS} style={{ height: `${fill}%` }} />}
    </span>
  );
}
