import { useState, type ReactNode } from 'react';
import { CopyableId } from '@/components/ui/copy-button';
import { formatBytes, formatCount, formatExact } from '@/lib/format';
import type { Checkpoint } from '../api/checkpoints';

/*
 * Below the sm breakpoint each row stacks into a card with the column name beside each
 * value (from data-label), so a phone reads a checkpoint without scrolling sideways.
 * The explicit roles keep the table's semantics when CSS changes its display.
 */
const CELL =
  'px-2 py-1.5 align-baseline max-sm:flex max-sm:items-baseline max-sm:justify-between max-sm:gap-3 max-sm:py-0.5 max-sm:before:text-xs max-sm:before:text-slate-500 max-sm:before:font-sans max-sm:before:content-[attr(data-label)] dark:max-sm:before:text-slate-400';
const NUMBER = `${CELL} text-right whitespace-nowrap`;
const HEAD = 'px-2 py-1.5 font-medium';

const COLUMNS: { label: string; numeric: boolean }[] = [
  { label: 'UUID', numeric: false },
  { label: 'Identifier', numeric: false },
  { label: 'Fingerprint', numeric: true },
  { label: 'Processed records', numeric: true },
  { label: 'Size', numeric: true },
  { label: 'Steps', numeric: true },
];

function Missing() {
  return (
    <span className="text-slate-400 dark:text-slate-500" title="Not reported">
      —
    </span>
  );
}

function Known({ value, children }: { value: bigint | null | undefined; children: (value: bigint) => ReactNode }) {
  return value === null || value === undefined ? <Missing /> : children(value);
}

function exactTitle(value: bigint | null | undefined, unit: string): string | undefined {
  return value === null || value === undefined ? undefined : `${formatExact(value)} ${unit}`;
}

/** Feldera keeps a handful of checkpoints; a list of thousands shows the newest first, a page at a time. */
export const CHECKPOINT_PAGE = 100;

/** Checkpoints, newest first, with exact 64-bit values (never rounded through a double). */
export function CheckpointTable({ checkpoints }: { checkpoints: readonly Checkpoint[] }) {
  const [shown, setShown] = useState(CHECKPOINT_PAGE);
  const visible = checkpoints.slice(0, shown);
  const hidden = checkpoints.length - visible.length;
  return (
    <div className="space-y-2">
      {/* Focusable so keyboard users can scroll it if a long identifier makes it wider than the screen. */}
      <div className="overflow-x-auto rounded border border-slate-200 dark:border-slate-800" tabIndex={0}>
        <table role="table" aria-label="Checkpoints" className="w-full border-collapse text-sm max-sm:block">
          <thead
            role="rowgroup"
            className="bg-slate-50 text-left text-xs text-slate-600 max-sm:sr-only dark:bg-slate-900 dark:text-slate-400"
          >
            <tr role="row">
              {COLUMNS.map((column) => (
                <th
                  key={column.label}
                  role="columnheader"
                  scope="col"
                  className={column.numeric ? `${HEAD} text-right` : HEAD}
                >
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup" className="divide-y divide-slate-100 max-sm:block dark:divide-slate-800/70">
            {visible.map((checkpoint) => (
              <tr
                key={checkpoint.uuid}
                role="row"
                className="hover:bg-slate-50 max-sm:block max-sm:px-1 max-sm:py-2 dark:hover:bg-slate-900/60"
              >
                <td role="cell" data-label="UUID" className={`${CELL} sm:max-w-[18rem] max-sm:before:content-none`}>
                  <CopyableId value={checkpoint.uuid} label={`checkpoint ${checkpoint.uuid}`} />
                </td>
                <td role="cell" data-label="Identifier" className={`${CELL} break-all`}>
                  {checkpoint.identifier ? checkpoint.identifier : <Missing />}
                </td>
                <td role="cell" data-label="Fingerprint" className={`${NUMBER} font-mono text-xs`}>
                  {formatExact(checkpoint.fingerprint)}
                </td>
                <td
                  role="cell"
                  data-label="Processed records"
                  className={NUMBER}
                  title={exactTitle(checkpoint.processed_records, 'records')}
                >
                  <Known value={checkpoint.processed_records}>{formatCount}</Known>
                </td>
                <td role="cell" data-label="Size" className={NUMBER} title={exactTitle(checkpoint.size, 'bytes')}>
                  <Known value={checkpoint.size}>{formatBytes}</Known>
                </td>
                <td role="cell" data-label="Steps" className={NUMBER}>
                  <Known value={checkpoint.steps}>{formatCount}</Known>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 ? (
        <p className="flex flex-wrap items-center gap-3 text-xs text-slate-600 dark:text-slate-400">
          Showing the newest {formatCount(visible.length)} of {formatCount(checkpoints.length)} checkpoints.
          <button
            type="button"
            onClick={() => setShown((count) => count + CHECKPOINT_PAGE)}
            className="rounded border border-slate-300 px-2 py-0.5 font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-run dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            Show {formatCount(Math.min(hidden, CHECKPOINT_PAGE))} more
          </button>
        </p>
      ) : null}
    </div>
  );
}
