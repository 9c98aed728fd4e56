import { ScrollHintBox } from '@/components/ui/scroll-hint-box';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { RelativeTime } from '@/components/ui/relative-time';
import { RunStatusBadge } from '@/components/ui/run-status-badge';
import { formatCount, formatDuration, formatExact } from '@/lib/format';
import type { RunSummary } from '../api/get-pipeline-runs';
import { newestFirst, retriesByOriginal } from '../utils/run-history';
import { CompareChosenRuns } from './compare-chosen-runs';
import { RunLineage } from './run-lineage';
import { ShowMoreButton, useFirstItems } from '@/components/ui/show-more';
import { runPagePath } from '@/lib/app-paths';

const PAGE = 50;

const TH = 'px-3 py-1.5 text-xs font-medium text-slate-600 dark:text-slate-400';
const TD = 'px-3 py-2 align-top';
const NUM = `${TD} text-right tabular-nums whitespace-nowrap`;

/** A pipeline's runs, newest first, each linked to its run page, with retry lineage both ways. */
export function PipelineRunsTable({ runs }: { runs: readonly RunSummary[] }) {
  const ordered = useMemo(() => newestFirst(runs), [runs]);
  const retries = useMemo(() => retriesByOriginal(runs), [runs]);
  const { shown, hidden, showMore } = useFirstItems(ordered, PAGE);
  // Runs chosen to compare, oldest first; choosing a third lets go of the oldest choice.
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (id: string) =>
    setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id].slice(-2)));
  return (
    <>
      <CompareChosenRuns pipelineId={ordered[0]?.pipelineId} runs={ordered} chosen={chosen} />
      <ScrollHintBox
        axis="x"
        className="overflow-x-auto rounded border border-slate-200 dark:border-slate-800"
        hint="Scroll sideways for more columns"
      >
        <table aria-label="Runs" className="w-full min-w-[820px] text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
            <tr>
              <th scope="col" className={`${TH} w-8 text-left`}>
                <span className="sr-only">Choose to compare</span>
              </th>
              <th scope="col" className={`${TH} text-left`}>
                Run
              </th>
              <th scope="col" className={`${TH} text-left`}>
                Status
              </th>
              <th scope="col" className={`${TH} text-left`}>
                Started
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Duration
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Processed / total rows
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Failed rows
              </th>
              <th scope="col" className={`${TH} text-left`}>
                Load strategy
              </th>
              <th scope="col" className={`${TH} text-left`}>
                Retry lineage
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((run, index) => (
              <tr
                key={`${run.id}:${index}`}
                className="border-b border-slate-100 last:border-0 dark:border-slate-800/70"
              >
                <td className={TD}>
                  <input
                    type="checkbox"
                    aria-label={`Compare ${run.id}`}
                    checked={chosen.includes(run.id)}
                    onChange={() => toggle(run.id)}
                    className="size-4 accent-run"
                  />
                </td>
                <th scope="row" className={`${TD} text-left font-normal`}>
                  <Link
                    to={runPagePath(run.pipelineId, run.id)}
                    className="font-mono text-xs text-run hover:underline dark:text-info"
                  >
                    {run.id}
                  </Link>
                </th>
                <td className={TD}>
                  <RunStatusBadge status={run.status} />
                </td>
                <td className={`${TD} whitespace-nowrap`}>
                  <RelativeTime iso={run.startedAt} />
                </td>
                <td className={NUM}>{formatDuration(run.durationMs)}</td>
                <td className={NUM} title={`${formatExact(run.processedRows)} of ${formatExact(run.totalRows)} rows`}>
                  {formatCount(run.processedRows)} / {formatCount(run.totalRows)}
                </td>
                <td className={`${NUM} ${run.failedRows ? 'font-semibold' : 'text-slate-600 dark:text-slate-400'}`}>
                  {formatCount(run.failedRows)}
                </td>
                <td className={TD}>{run.loadStrategy}</td>
                <td className={`${TD} whitespace-nowrap`}>
                  <RunLineage run={run} retries={retries.get(run.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollHintBox>
      <ShowMoreButton hidden={hidden} pageSize={PAGE} noun="runs" onClick={showMore} />
    </>
  );
}
