import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

interface Props {
  children: ReactNode;
  /** This column's direction when the table is sorted by it, else null. */
  direction: SortDirection | null;
  onSort: () => void;
  align?: 'left' | 'right';
  className?: string;
}

/**
 * A column header that sorts on click. aria-sort sits on the header cell (where screen
 * readers look for it); the button inside makes it keyboard-reachable.
 */
export function SortableHeader({ children, direction, onSort, align = 'left', className = '' }: Props) {
  return (
    <th
      scope="col"
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
      className={`px-3 py-0 font-medium ${align === 'right' ? 'text-right' : 'text-left'} ${className}`}
    >
      <button
        type="button"
        onClick={onSort}
        className={`inline-flex h-8 max-w-full items-center gap-1 rounded text-xs font-medium text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-run dark:text-slate-400 dark:hover:text-slate-100 ${align === 'right' ? 'flex-row-reverse' : ''}`}
      >
        <span className="truncate">{children}</span>
        <svg
          viewBox="0 0 10 10"
          width="10"
          height="10"
          aria-hidden="true"
          className={direction ? 'text-slate-900 dark:text-slate-100' : 'opacity-40'}
        >
          {direction === 'desc' ? (
            <path d="M2 3.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" />
          ) : direction === 'asc' ? (
            <path d="M2 6.5l3-3 3 3" fill="none" stroke="currentColor" strokeWidth="1.5" />
          ) : (
            <path d="M2.5 4l2.5-2.5L7.5 4M2.5 6l2.5 2.5L7.5 6" fill="none" stroke="currentColor" strokeWidth="1.2" />
          )}
        </svg>
      </button>
    </th>
  );
}
