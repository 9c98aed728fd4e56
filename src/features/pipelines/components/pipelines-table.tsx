import { memo } from 'react';
import { Link } from 'react-router';
import { CopyButton } from '@/components/ui/copy-button';
import { RelativeTime } from '@/components/ui/relative-time';
import { RunStatusBadge } from '@/components/ui/run-status-badge';
import { SortableHeader } from '@/components/ui/sortable-header';
import { VirtualTableBody } from '@/components/ui/virtual-table-body';
import type { Pipeline } from '../api/pipeline-schema';
import { type ListState, type SortKey } from '../utils/list-url-state';
import { PollingSummary } from './polling-summary';
import { pipelinePath } from '@/lib/app-paths';

/** Fixed so 5,000 rows give a stable scroll height; every cell fits two lines of text in it. */
const ROW_HEIGHT = 56;

// Status sits next to the name: on a phone the table scrolls sideways, and these two must show first.
const COLUMNS: { key: SortKey; label: string; width: string }[] = [
  { key: 'name', label: 'Pipeline', width: 'w-[27%]' },
  { key: 'status', label: 'Last run status', width: 'w-[19%]' },
  { key: 'lastRun', label: 'Last run', width: 'w-[12%]' },
  { key: 'connector', label: 'Connector', width: 'w-[19%]' },
  { key: 'polling', label: 'Touch-file polling', width: 'w-[23%]' },
];

interface Props {
  /** Rows that match the filters, loaded or not. */
  count: number;
  /** A row, or undefined while its page is on its way. */
  rowAt: (index: number) => Pipeline | undefined;
  /** Which rows are drawn now, so the page can load just those. */
  onRangeChange?: (first: number, last: number) => void;
  state: ListState;
  onSort: (key: SortKey) => void;
}

/**
 * Every pipeline, in one table that scrolls like one list: no "next page" buttons, even at
 * 50,000. Only the rows near the viewport are in the DOM (about 40), and only their pages
 * are loaded (rows still on their way are drawn as placeholders of the same height), so
 * polling, scrolling and typing in the filter cost what is on screen.
 * It stays a real <table> (aria-rowcount / aria-rowindex) for screen readers.
 */
export function PipelinesTable({ count, rowAt, onRangeChange, state, onSort }: Props) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 dark:border-slate-800">
      <table
        aria-label="Pipelines"
        aria-rowcount={count + 1}
        className="w-full min-w-[760px] table-fixed border-separate border-spacing-0 text-sm"
      >
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.key} className={c.width} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <SortableHeader
                key={c.key}
                direction={state.sort === c.key ? state.dir : null}
                onSort={() => onSort(c.key)}
                className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900"
              >
                {c.label}
              </SortableHeader>
            ))}
          </tr>
        </thead>
        <VirtualTableBody
          count={count}
          rowAt={rowAt}
          onRangeChange={onRangeChange}
          rowHeight={ROW_HEIGHT}
          columnCount={COLUMNS.length}
          // Each keystroke in the filter can replace every row drawn: draw few beyond the viewport.
          overscan={4}
          renderRow={(p, index) => <PipelineRow key={p.id} pipeline={p} ariaRowIndex={index} />}
          renderPlaceholder={(index) => <PlaceholderRow key={`loading-${index}`} ariaRowIndex={index} />}
        />
      </table>
    </div>
  );
}

const CELL = 'border-b border-slate-100 px-3 align-middle dark:border-slate-800/70';

/** A row whose page has not arrived: same height, so nothing moves when it lands. */
function PlaceholderRow({ ariaRowIndex }: { ariaRowIndex: number }) {
  return (
    <tr aria-rowindex={ariaRowIndex} aria-busy="true" style={{ height: ROW_HEIGHT }}>
      <td className={CELL} colSpan={COLUMNS.length}>
        <span className="sr-only">Loading…</span>
        <div aria-hidden="true" className="h-3 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      </td>
    </tr>
  );
}

/** Memoised: a poll that returns the same pipeline object (structural sharing) skips the row. */
const PipelineRow = memo(function PipelineRow({
  pipeline: p,
  ariaRowIndex,
}: {
  pipeline: Pipeline;
  ariaRowIndex: number;
}) {
  return (
    <tr
      aria-rowindex={ariaRowIndex}
      className="hover:bg-slate-50 dark:hover:bg-slate-900/60"
      style={{ height: ROW_HEIGHT }}
    >
      <td className={CELL}>
        <div className="min-w-0">
          <Link
            to={pipelinePath(p.id)}
            className="block truncate font-medium text-run hover:underline dark:text-info"
            title={p.name}
          >
            {p.name}
          </Link>
          <span className="flex min-w-0 items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
            <code className="truncate font-mono">{p.id}</code>
            <CopyButton value={p.id} label={`id of ${p.name}`} />
          </span>
        </div>
      </td>
      <td className={CELL}>
        <RunStatusBadge status={p.lastRunStatus} />
      </td>
      <td className={`${CELL} text-xs whitespace-nowrap`}>
        <RelativeTime iso={p.lastRunAt} />
      </td>
      <td className={CELL}>
        <p className="truncate" title={p.connector ?? undefined}>
          {p.connector ?? '—'}
        </p>
        <p className="truncate font-mono text-xs text-slate-600 dark:text-slate-400">{p.connectorType ?? ''}</p>
      </td>
      <td className={CELL}>
        <PollingSummary polling={p.polling} />
      </td>
    </tr>
  );
});
