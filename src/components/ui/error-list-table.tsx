import { formatCount } from '@/lib/format';
import { ScrollHintBox } from './scroll-hint-box';
import type { ReactNode } from 'react';
import { ShowMoreButton, useFirstItems } from './show-more';

export interface ErrorListColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
  /** Classes of the column's cells (wrapping, width, font). */
  className?: string;
  title?: (item: T) => string | undefined;
}

const PAGE = 20;

/**
 * A captioned table of failures (a pipeline's step errors, a run's failed documents):
 * the first 20, then more on request, since an API may list ten thousand of them.
 */
export function ErrorListTable<T>({
  caption,
  noun,
  items,
  columns,
  itemKey,
}: {
  caption: string;
  /** What the items are, for "Show 20 more …". */
  noun: string;
  items: readonly T[];
  columns: readonly ErrorListColumn<T>[];
  itemKey: (item: T, index: number) => string;
}) {
  const { shown, hidden, showMore } = useFirstItems(items, PAGE);
  return (
    <div className="flex flex-col gap-2">
      <ScrollHintBox axis="x" className="overflow-x-auto" hint="Scroll sideways for more columns">
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left text-sm font-medium">
            {caption} ({formatCount(items.length)})
          </caption>
          <thead>
            <tr className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
              {columns.map((column) => (
                <th key={column.header} scope="col" className="py-1 pr-3 font-medium last:pr-0">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((item, index) => (
              <tr
                key={itemKey(item, index)}
                className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800/70"
              >
                {columns.map((column) => (
                  <td
                    key={column.header}
                    className={`py-1.5 pr-3 last:pr-0 ${column.className ?? ''}`}
                    title={column.title?.(item)}
                  >
                    {column.cell(item)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollHintBox>
      <ShowMoreButton hidden={hidden} pageSize={PAGE} noun={noun} onClick={showMore} />
    </div>
  );
}
