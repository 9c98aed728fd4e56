import { useDeferredValue, useMemo } from 'react';
import { ShowMoreButton, useFirstItems } from '@/components/ui/show-more';
import { formatCount } from '@/lib/format';
import type { Partition } from '../api/get-run-progress';
import { pairPartitions } from '../lib/compare';
import { COMPARE_ROW, CompareTable } from './compare-table';

const PAGE = 100;
const NO_PAIRS: ReturnType<typeof pairPartitions> = [];
const COLUMNS = [
  { header: 'Partition', align: 'right' },
  { header: 'Base status' },
  { header: 'Base rows', align: 'right' },
  { header: 'Base progress', align: 'right' },
  { header: 'Head status' },
  { header: 'Head rows', align: 'right' },
  { header: 'Head progress', align: 'right' },
  { header: 'Change' },
] as const;

function cells(p: Partition | undefined) {
  if (!p) return ['—', '—', '—'];
  return [p.status, formatCount(p.rows), p.progress === undefined ? '' : `${p.progress}%`];
}

/** Partitions of both runs by index; a changed one says so in words and is marked, not only coloured. */
export function ComparePartitions({ base, head }: { base: readonly Partition[]; head: readonly Partition[] }) {
  const pairs = useMemo(() => pairPartitions(base, head), [base, head]);
  const changed = useMemo(() => pairs.filter((p) => p.changed).length, [pairs]);
  const { shown, hidden, showMore } = useFirstItems(pairs, PAGE);
  // The rows are drawn in a deferred render that React slices: with the page's first render
  // they made it one task of about 50 ms (1,000-partition runs, ad-hoc Long Animation Frames).
  const drawn = useDeferredValue(shown, NO_PAIRS);
  if (pairs.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">Neither run reports partitions.</p>;
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {formatCount(changed)} of {formatCount(pairs.length)} partitions changed status or rows.
      </p>
      <CompareTable label="Partitions by index" columns={COLUMNS}>
        {drawn.map((pair) => (
          <tr key={pair.index} className={`${COMPARE_ROW} ${pair.changed ? 'bg-info/10 font-medium' : ''}`}>
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
      </CompareTable>
      <ShowMoreButton hidden={hidden} pageSize={PAGE} noun="partitions" onClick={showMore} />
    </div>
  );
}
