import { useMemo } from 'react';
import { ShowMoreButton, useFirstItems } from '@/components/ui/show-more';
import { formatCount } from '@/lib/format';
import type { ErrorGroupsView } from '../hooks/use-error-groups';
import { countDelta, pairErrorGroups, type GroupChange } from '../lib/compare';
import { CompareChange } from './compare-change';
import { COMPARE_ROW, CompareTable } from './compare-table';

const PAGE = 50;
const COLUMNS = [
  { header: 'Column' },
  { header: 'Error' },
  { header: 'Base', align: 'right' },
  { header: 'Head', align: 'right' },
  { header: 'Change', align: 'right' },
  { header: 'What changed' },
] as const;
const WORD: Record<GroupChange, string> = {
  new: 'new in head',
  gone: 'gone since base',
  changed: 'count changed',
  unchanged: 'unchanged',
};

function countedText(view: ErrorGroupsView): string {
  if (view.groups === null) return 'counting…';
  return `${formatCount(view.counted)} errors${view.inBrowser ? ', counted in the browser' : ''}`;
}

/** Error groups of both runs: what is new in head, what is gone, which counts changed. */
export function CompareErrorGroups({ base, head }: { base: ErrorGroupsView; head: ErrorGroupsView }) {
  const pairs = useMemo(() => pairErrorGroups(base.groups ?? [], head.groups ?? []), [base.groups, head.groups]);
  const { shown, hidden, showMore } = useFirstItems(pairs, PAGE);
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Base: {countedText(base)}. Head: {countedText(head)}.
      </p>
      {base.groups !== null && head.groups !== null && pairs.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Neither run has validation errors.</p>
      ) : (
        <CompareTable label="Error groups" columns={COLUMNS}>
          {shown.map((pair) => (
            <tr key={JSON.stringify([pair.column, pair.error])} className={COMPARE_ROW}>
              <td className="max-w-40 truncate px-2 py-1 font-mono text-xs" title={pair.column}>
                {pair.column || '(no column)'}
              </td>
              <td className="max-w-72 truncate px-2 py-1" title={pair.error} dir="auto">
                {pair.error || '(no message)'}
              </td>
              <td className="px-2 py-1 text-right tabular-nums">{formatCount(pair.base)}</td>
              <td className="px-2 py-1 text-right tabular-nums">{formatCount(pair.head)}</td>
              <td className="px-2 py-1 text-right">
                <CompareChange {...countDelta(pair.base, pair.head)} />
              </td>
              <td className={`px-2 py-1 ${pair.change === 'unchanged' ? '' : 'font-semibold'}`}>{WORD[pair.change]}</td>
            </tr>
          ))}
        </CompareTable>
      )}
      <ShowMoreButton hidden={hidden} pageSize={PAGE} noun="groups" onClick={showMore} />
    </div>
  );
}
