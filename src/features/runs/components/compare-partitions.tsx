import { useMemo } from 'react';
import { ShowMoreButton, useFirstItems } from '@/components/ui/show-more';
import { formatCount } from '@/lib/format';
import type { Partition } from '../api/get-run-progress';
import { pairPartitions } from '../lib/compare';

const PAGE = 100;

function cells(p: Partition | undefined) {
  if (!p) return ['—', '—', '—'];
  return [p.status, formatCount(p.rows), p.progress === undefined ? '' : `${p.progress}%`];
}

/** Partitions of both runs by index; a changed one says so in words and is marked, not only coloured. */
export function ComparePartitions({ base, head }: { base: readonly Partition[]; head: readonly Partition[] }) {
  const pairs = useMemo(() => pairPartitions(base, head), [base, head]);
  const changed = useMemo(() => pairs.filter((p) => p.changed).length, [pairs]);
  const { shown, hidden, showMore } = useFirstItems(pairs, PAGE);
  if (pairs.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">Neither run reports partitions.</p>;
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {formatCount(changed)} of {formatCount(pairs.length)} partitions changed status or rows.
      </p>
      <div className="overflow-x-auto">
        <table aria-label="Partitions by index" className="w-full min-w-[560px] text-sm tabular-nums">
          <thead className="text-xs text-slate-600 dark:text-slate-400">
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Partition
              </th>
              <th scope="col" className="px-2 py-1 text-left font-medium">
                Base status
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Base rows
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Base progress
              </th>
              <th scope="col" className="px-2 py-1 text-left font-medium">
                Head status
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Head rows
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Head progress
              </th>
              <th scope="col" className="px-2 py-1 text-left font-medium">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((pair) => (
              <tr
                key={pair.index}
                className={`border-b border-slate-100 last:border-0 dark:border-slate-800/70 ${pair.changed ? 'bg-info/10 font-medium' : ''}`}
              >
                <th scope="row" className="px-2 py-1 text-right font-normal">
                  {pair.index}
                </th>
                {[...cells(pair.base), ...cells(pair.head)].map((text, i) => (
                  <td key={i} className={`px-2 py-1 ${i % 3 === 0 ? 'text-left' : 'text-right'}`}>
                    {text}
                  </td>
                ))}
                <td className="px-2 py-1">{pair.changed ? '◆ changed' : 'same'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMoreButton hidden={hidden} pageSize={PAGE} noun="partitions" onClick={showMore} />
    </div>
  );
}
