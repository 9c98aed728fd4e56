import { memo } from 'react';
import { Link } from 'react-router';
import { CopyButton } from '@/components/ui/copy-button';
import { PlaceholderRow } from '@/components/ui/placeholder-row';
import { RelativeTime } from '@/components/ui/relative-time';
import { RunStatusBadge } from '@/components/ui/run-status-badge';
import { ariaRowCount, VirtualTableBody } from '@/components/ui/virtual-table-body';
import { useNarrowScreen } from '@/hooks/use-media-query';
import { pipelinePath, runPagePath } from '@/lib/app-paths';
import { formatCount, formatDuration, formatExact } from '@/lib/format';
import type { RunAcross } from '../api/get-all-runs';
import { runKey } from '../lib/selection';

/** Fixed so 10,000 rows give a stable scroll height; every cell fits two lines in it. */
const ROW_HEIGHT = 56;
/** On a phone a row is a card of five lines (see CARD). */
const NARROW_ROW_HEIGHT = 152;

const HEAD =
  'border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-medium text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400';
const CELL = 'border-b border-slate-100 px-3 align-middle dark:border-slate-800/70 max-sm:border-0 max-sm:p-0';
const NUM = `${CELL} text-right tabular-nums whitespace-nowrap`;
/**
 * Below sm a row is a card, every column in it (none off-screen):
 * [select] pipeline | status / run | started / processed | failed / duration | load / lineage.
 */
const CARD =
  'max-sm:grid max-sm:grid-cols-[auto_minmax(0,1fr)_auto] max-sm:content-start max-sm:gap-y-1 max-sm:border-b max-sm:border-slate-100 max-sm:px-3 max-sm:py-2 max-sm:dark:border-slate-800/70';
/** A card's cell, with the column's name before the value (index.css, .stacked-label). */
const LEFT =
  'stacked-label max-sm:col-start-2 max-sm:flex max-sm:min-w-0 max-sm:gap-1.5 max-sm:text-xs max-sm:leading-5';
const RIGHT = `${LEFT} max-sm:col-start-3 max-sm:justify-end max-sm:pl-3`;

const COLUMNS = [
  { label: 'Pipeline', width: 'w-[17%]', align: 'text-left' },
  { label: 'Run', width: 'w-[12%]', align: 'text-left' },
  { label: 'Status', width: 'w-[13%]', align: 'text-left' },
  { label: 'Started', width: 'w-[11%]', align: 'text-left' },
  { label: 'Duration', width: 'w-[7%]', align: 'text-right' },
  { label: 'Processed / total', width: 'w-[14%]', align: 'text-right' },
  { label: 'Failed rows', width: 'w-[7%]', align: 'text-right' },
  { label: 'Load strategy', width: 'w-[8%]', align: 'text-left' },
  { label: 'Retry lineage', width: 'w-[11%]', align: 'text-left' },
] as const;

export interface RowSelection {
  selected: ReadonlySet<string>;
  /** Why this run cannot be selected, or null when it can. */
  blockedReason: (run: RunAcross) => string | null;
  toggle: (run: RunAcross) => void;
}

interface Props {
  /** Runs that match the filters, loaded or not: the scroll height follows it. */
  count: number;
  /** The run at an index, or undefined while its page is on its way. */
  rowAt: (index: number) => RunAcross | undefined;
  /** The rows drawn changed: the pages they need are loaded. */
  onRangeChange: (first: number, last: number) => void;
  /** Absent for roles that cannot retry: no checkbox column at all. */
  selection?: RowSelection;
}

/**
 * Every run in view, newest first, in one virtualised <table>: only the rows near the
 * viewport are in the DOM (and, from an API that pages, in memory), so 100,000 runs scroll
 * and poll without long tasks.
 */
export function RunsTable({ count, rowAt, onRangeChange, selection }: Props) {
  const columnCount = COLUMNS.length + (selection ? 1 : 0);
  const rowHeight = useNarrowScreen() ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 dark:border-slate-800">
      <table
        aria-label="Runs"
        aria-rowcount={ariaRowCount(count)}
        className="w-full min-w-[1080px] table-fixed border-separate border-spacing-0 text-sm max-sm:block max-sm:min-w-0 max-sm:*:block"
      >
        <colgroup>
          {selection ? <col className="w-10" /> : null}
          {COLUMNS.map((c) => (
            <col key={c.label} className={c.width} />
          ))}
        </colgroup>
        {/* A card names its own fields; the headers stay for screen readers. */}
        <thead className="max-sm:sr-only">
          <tr aria-rowindex={1}>
            {selection ? (
              <th scope="col" className={HEAD}>
                <span className="sr-only">Select</span>
              </th>
            ) : null}
            {COLUMNS.map((c) => (
              <th key={c.label} scope="col" className={`${HEAD} ${c.align}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <VirtualTableBody
          count={count}
          rowAt={rowAt}
          onRangeChange={onRangeChange}
          renderPlaceholder={(index) => (
            <PlaceholderRow
              key={`loading-${index}`}
              ariaRowIndex={index}
              height={rowHeight}
              columnCount={columnCount}
              rowClassName={CARD}
              cellClassName={`${CELL} max-sm:col-span-3`}
            />
          )}
          rowHeight={rowHeight}
          columnCount={columnCount}
          overscan={6}
          renderRow={(run, index) => {
            const key = runKey(run);
            return (
              <RunRow
                key={key}
                run={run}
                ariaRowIndex={index}
                height={rowHeight}
                selectable={selection ? selection.blockedReason(run) === null : null}
                checked={selection?.selected.has(key) ?? false}
                onToggle={selection?.toggle}
              />
            );
          }}
        />
      </table>
    </div>
  );
}

interface RowProps {
  run: RunAcross;
  ariaRowIndex: number;
  height: number;
  /** null: no selection column; false: a cell that says the run cannot be retried. */
  selectable: boolean | null;
  checked: boolean;
  onToggle: ((run: RunAcross) => void) | undefined;
}

/** Memoised: a poll that returns the same run object (structural sharing) skips the row. */
const RunRow = memo(function RunRow({ run, ariaRowIndex, height, selectable, checked, onToggle }: RowProps) {
  const name = run.pipelineName ?? run.pipelineId;
  const original = run.metadata?.retryOf;
  return (
    <tr
      aria-rowindex={ariaRowIndex}
      aria-selected={selectable === null ? undefined : checked}
      className={`${checked ? 'bg-run/5' : 'hover:bg-slate-50 dark:hover:bg-slate-900/60'} ${CARD}`}
      style={{ height }}
    >
      {selectable === null ? null : (
        <td className={`${CELL} text-center max-sm:col-start-1 max-sm:row-start-1 max-sm:pt-0.5 max-sm:pr-3`}>
          {selectable ? (
            <input
              type="checkbox"
              checked={checked}
              onChange={() => onToggle?.(run)}
              aria-label={`Select ${run.id} of ${name}`}
              className="h-4 w-4 accent-run"
            />
          ) : null}
        </td>
      )}
      <td className={`${CELL} max-sm:col-start-2 max-sm:row-start-1 max-sm:min-w-0`}>
        <Link
          to={pipelinePath(run.pipelineId)}
          className="block truncate font-medium text-run hover:underline dark:text-info"
          title={name}
        >
          {name}
        </Link>
        <code className="block truncate font-mono text-xs text-slate-600 dark:text-slate-400">{run.pipelineId}</code>
      </td>
      <td className={`${CELL} max-sm:col-start-2 max-sm:row-start-2`}>
        <span className="flex min-w-0 items-center gap-1">
          <Link
            to={runPagePath(run.pipelineId, run.id)}
            className="truncate font-mono text-xs text-run hover:underline dark:text-info"
            title={run.id}
          >
            {run.id}
          </Link>
          <CopyButton value={run.id} label={`run id ${run.id}`} />
        </span>
      </td>
      <td className={`${CELL} max-sm:col-start-3 max-sm:row-start-1 max-sm:justify-self-end max-sm:pl-3`}>
        <RunStatusBadge status={run.status} />
      </td>
      <td className={`${CELL} ${RIGHT} max-sm:row-start-2 text-xs whitespace-nowrap`} data-label="Started">
        <RelativeTime iso={run.startedAt} />
      </td>
      <td className={`${NUM} ${LEFT} max-sm:row-start-4`} data-label="Duration">
        {formatDuration(run.durationMs)}
      </td>
      <td
        // Wraps after the slash when the figures outgrow the column (millions of rows), never over the next one.
        className={`${CELL} text-right tabular-nums ${LEFT} max-sm:row-start-3`}
        data-label="Processed"
        title={`${formatExact(run.processedRows)} of ${formatExact(run.totalRows)} rows`}
      >
        {formatCount(run.processedRows)} / {formatCount(run.totalRows)}
      </td>
      <td
        className={`${NUM} ${RIGHT} max-sm:row-start-3 ${run.failedRows ? 'font-semibold' : 'text-slate-600 dark:text-slate-400'}`}
        data-label="Failed"
      >
        {formatCount(run.failedRows)}
      </td>
      <td className={`${CELL} ${RIGHT} max-sm:row-start-4 truncate`} data-label="Load" title={run.loadStrategy}>
        {run.loadStrategy}
      </td>
      <td className={`${CELL} ${LEFT} max-sm:col-span-2 max-sm:row-start-5 text-xs`}>
        {original ? (
          <span className="block truncate" title={`retry of ${original}`}>
            retry of{' '}
            <Link
              to={runPagePath(run.pipelineId, original)}
              className="font-mono text-run hover:underline dark:text-info"
            >
              {original}
            </Link>
          </span>
        ) : (
          <span className="text-slate-500 max-sm:hidden">—</span>
        )}
      </td>
    </tr>
  );
});
