import { memo } from 'react';
import { Link } from 'react-router';
import { PlaceholderRow } from '@/components/ui/placeholder-row';
import { CopyButton } from '@/components/ui/copy-button';
import { RelativeTime } from '@/components/ui/relative-time';
import { RunStatusBadge } from '@/components/ui/run-status-badge';
import { SortableHeader } from '@/components/ui/sortable-header';
import { ariaRowCount, VirtualTableBody } from '@/components/ui/virtual-table-body';
import { useNarrowScreen } from '@/hooks/use-media-query';
import type { Pipeline } from '../api/pipeline-schema';
import { type ListState, type SortKey } from '../utils/list-url-state';
import { PollingSummary } from './polling-summary';
import { pipelinePath } from '@/lib/app-paths';

/** Fixed so 5,000 rows give a stable scroll height; every cell fits two lines of text in it. */
const ROW_HEIGHT = 56;
/** On a phone a row is a stacked card: name (two lines) and status, connector and last run, then polling in two lines. */
const NARROW_ROW_HEIGHT = 144;

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
  const rowHeight = useNarrowScreen() ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 dark:border-slate-800">
      {/* Below sm every row is a card (every column shown, none off-screen); the headers stay as sort buttons. */}
      <table
        aria-label="Pipelines"
        aria-rowcount={ariaRowCount(count)}
        className="w-full min-w-[760px] table-fixed border-separate border-spacing-0 text-sm max-sm:block max-sm:min-w-0 max-sm:*:block"
      >
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.key} className={c.width} />
          ))}
        </colgroup>
        <thead>
          <tr
            aria-rowindex={1}
            className="max-sm:flex max-sm:flex-wrap max-sm:border-b max-sm:border-slate-200 max-sm:bg-slate-50 max-sm:dark:border-slate-800 max-sm:dark:bg-slate-900"
          >
            {COLUMNS.map((c) => (
              <SortableHeader
                key={c.key}
                direction={state.sort === c.key ? state.dir : null}
                onSort={() => onSort(c.key)}
                className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900 max-sm:block max-sm:border-0 max-sm:px-2"
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
          rowHeight={rowHeight}
          columnCount={COLUMNS.length}
          // Each keystroke in the filter can replace every row drawn: draw few beyond the viewport.
          overscan={4}
          renderRow={(p, index) => <PipelineRow key={p.id} pipeline={p} ariaRowIndex={index} height={rowHeight} />}
          renderPlaceholder={(index) => (
            <PlaceholderRow
              key={`loading-${index}`}
              ariaRowIndex={index}
              height={rowHeight}
              columnCount={COLUMNS.length}
              rowClassName={CARD}
              cellClassName={`${CELL} max-sm:col-span-2`}
            />
          )}
        />
      </table>
    </div>
  );
}

const CELL =
  'border-b border-slate-100 px-3 align-middle dark:border-slate-800/70 max-sm:block max-sm:border-0 max-sm:p-0';
/** A card: name | status, connector | last run, polling across. */
const CARD =
  'max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_auto] max-sm:content-start max-sm:gap-x-3 max-sm:gap-y-1 max-sm:border-b max-sm:border-slate-100 max-sm:px-3 max-sm:py-2 max-sm:dark:border-slate-800/70';
/** The column's name before the value, where a card has no header above it (index.css, .stacked-label). */
const LABELLED =
  'stacked-label max-sm:flex max-sm:gap-1.5 max-sm:before:shrink-0 max-sm:before:text-xs max-sm:before:leading-5';

/** Memoised: a poll that returns the same pipeline object (structural sharing) skips the row. */
const PipelineRow = memo(function PipelineRow({
  pipeline: p,
  ariaRowIndex,
  height,
}: {
  pipeline: Pipeline;
  ariaRowIndex: number;
  height: number;
}) {
  return (
    <tr
      aria-rowindex={ariaRowIndex}
      className={`hover:bg-slate-50 dark:hover:bg-slate-900/60 ${CARD}`}
      style={{ height }}
    >
      <td className={CELL}>
        <div className="min-w-0">
          <Link
            to={pipelinePath(p.id)}
            className="block truncate py-0.5 font-medium text-run hover:underline max-sm:line-clamp-2 max-sm:break-words max-sm:whitespace-normal dark:text-info"
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
      <td className={`${CELL} max-sm:justify-self-end`}>
        <RunStatusBadge status={p.lastRunStatus} />
      </td>
      <td
        className={`${CELL} ${LABELLED} text-xs whitespace-nowrap max-sm:col-start-2 max-sm:row-start-2 max-sm:justify-self-end max-sm:leading-5`}
        data-label="Last run"
      >
        <RelativeTime iso={p.lastRunAt} />
      </td>
      <td
        className={`${CELL} max-sm:col-start-1 max-sm:row-start-2 max-sm:flex max-sm:min-w-0 max-sm:items-baseline max-sm:gap-1`}
      >
        <p className="min-w-0 truncate" title={p.connector ?? undefined}>
          {p.connector ?? '—'}
        </p>
        <p className="truncate font-mono text-xs text-slate-600 dark:text-slate-400">{p.connectorType ?? ''}</p>
      </td>
      <td className={`${CELL} ${LABELLED} max-sm:col-span-2`} data-label="Touch-file polling">
        <PollingSummary polling={p.polling} />
      </td>
    </tr>
  );
});
