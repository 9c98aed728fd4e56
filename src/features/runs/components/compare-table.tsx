import { ScrollHintBox } from '@/components/ui/scroll-hint-box';
import type { ReactNode } from 'react';

export interface CompareColumn {
  header: string;
  align?: 'left' | 'right';
}

/** The row look every compare table shares; a changed row adds its own emphasis. */
export const COMPARE_ROW = 'border-b border-slate-100 last:border-0 dark:border-slate-800/70';

/** The frame of each side-by-side table on the compare page: named, scrolls sideways on a phone and says so. */
export function CompareTable({
  label,
  columns,
  children,
}: {
  label: string;
  columns: readonly CompareColumn[];
  children: ReactNode;
}) {
  return (
    <ScrollHintBox axis="x" className="overflow-x-auto" hint="Scroll sideways for more columns">
      <table aria-label={label} className="w-full min-w-[520px] text-sm tabular-nums">
        <thead className="text-xs text-slate-600 dark:text-slate-400">
          <tr className="border-b border-slate-200 dark:border-slate-800">
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={`px-2 py-1 font-medium ${column.align === 'right' ? 'text-right' : 'text-left'}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollHintBox>
  );
}
