import { memo } from 'react';
import { Link } from 'react-router';
import { CopyButton } from '@/components/ui/copy-button';
import { RelativeTime } from '@/components/ui/relative-time';
import { RunStatusBadge } from '@/components/ui/run-status-badge';
import { VirtualTableBody } from '@/components/ui/virtual-table-body';
import { pipelinePath, runPagePath } from '@/lib/app-paths';
import { formatCount, formatDuration, formatExact } from '@/lib/format';
import type { RunAcross } from '../api/get-all-runs';
import { runKey } from '../lib/selection';

/** Fixed so 10,000 rows give a stable scroll height; every cell fits two lines in it. */
const ROW_HEIGHT = 56;

const HEAD =
  'border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-medium text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400';
const CELL = 'border-b border-slate-100 px-3 align-middle dark:border-slate-800/70';
const NUM = `${CELL} text-right tabular-nums whitespace-nowrap`;

const COLUMNS = [
  { label: 'Pipeline', width: 'w-[19%]', align: 'text-left' },
  { label: 'Run', width: 'w-[14%]', align: 'text-left' },
  { label: 'Status', width: 'w-[14%]', align: 'text-left' },
  { label: 'Started', width: 'w-[10%]', align: 'text-left' },
  { label: 'Duration', width: 'w-[8%]', align: 'text-right' },
  { label: 'Processed / total', width: 'w-[12%]', align: 'text-right' },
  { label: 'Failed rows', width: 'w-[8%]', align: 'text-right' },
  { label: 'Load strategy', width: 'w-[8%]', align: 'text-left' },
  { label: 'Retry lineage', width: 'w-[12%]', align: 'text-left' },
] as const;

export interface RowSelection {
  selected: ReadonlySet<string>;
  /** Why this run cannot be selected, or null when it can. */
  blockedReason: (run: RunAcross) => string | null;
  toggle: (run: RunAcross) => void;
}

interface Props {
  rows: readonly RunAcross[];
  /** Absent for roles that cannot retry: no checkbox column at all. */
  selection?: RowSelection;
}

/**
 * Every run in view, newest first, in one virtualised <table>: only the rows near the
 * viewport are in the DOM, so 10,000 runs scroll and poll without long tasks.
 */
export function RunsTable({ rows, selection }: Props) {
  const columnCount = COLUMNS.length + (selection ? 1 : 0);
  return (
    <div className="overflow-x-auto rounded border border-slate-200 dark:border-slate-800">
      <table
        aria-label="Runs"
        aria-rowcount={rows.length + 1}
        className="w-full min-w-[980px] table-fixed border-separate border-spacing-0 text-sm"
      >
        <colgroup>
          {selection ? <col className="w-10" /> : null}
          {COLUMNS.map((c) => (
            <col key={c.label} className={c.width} />
          ))}
        </colgroup>
        <thead>
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
          count={rows.length}
          rowAt={(index) => rows[index]}
          // Every row is loaded at once here: no index waits for its data.
          renderPlaceholder={() => null}
          rowHeight={ROW_HEIGHT}
          columnCount={columnCount}
          overscan={6}
          renderRow={(run, index) => {
            const key = runKey(run);
            return (
              <RunRow
                key={key}
                run={run}
                ariaRowIndex={index}
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
  /** null: no selection column; false: a cell that says the run cannot be retried. */
  selectable: boolean | null;
  checked: boolean;
  onToggle: ((run: RunAcross) => void) | undefined;
}

/** Memoised: a poll that returns the same run object (structural sharing) skips the row. */
const RunRow = memo(function RunRow({ run, ariaRowIndex, selectable, checked, onToggle }: RowProps) {
  const name = run.pipelineName ?? run.pipelineId;
  const original = run.metadata?.retryOf;
  return (
    <tr
      aria-rowindex={ariaRowIndex}
      aria-selected={selectable === null ? undefined : checked}
      className={checked ? 'bg-run/5' : 'hover:bg-slate-50 dark:hover:bg-slate-900/60'}
      style={{ height: ROW_HEIGHT }}
    >
      {selectable === null ? null : (
        <td className={`${CELL} text-center`}>
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
      <td className={CELL}>
        <Link
          to={pipelinePath(run.pipelineId)}
          className="block truncate font-medium text-run hover:underline dark:text-info"
          title={name}
        >
          {name}
        </Link>
        <code className="block truncate font-mono text-xs text-slate-600 dark:text-slate-400">{run.pipelineId}</code>
      </td>
      <td className={CELL}>
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
      <td className={CELL}>
        <RunStatusBadge status={run.status} />
      </td>
      <td className={`${CELL} text-xs whitespace-nowrap`}>
        <RelativeTime iso={run.startedAt} />
      </td>
      <td className={NUM}>{formatDuration(run.durationMs)}</td>
      <td className={NUM} title={`${formatExact(run.processedRows)} of ${formatExact(run.totalRows)} rows`}>
        {formatCount(run.processedRows)} / {formatCount(run.totalRows)}
      </td>
      <td className={`${NUM} ${run.failedRows ? 'font-semibold' : 'text-slate-600 dark:text-slate-400'}`}>
        {formatCount(run.failedRows)}
      </td>
      <td className={`${CELL} truncate`} title={run.loadStrategy}>
        {run.loadStrategy}
      </td>
      <td className={`${CELL} text-xs`}>
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
          <span className="text-slate-500">—</span>
        )}
      </td>
    </tr>
  );
});
