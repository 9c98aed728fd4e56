import { useState } from 'react';
import { formatCount } from '@/lib/format';

/**
 * The first items of a long list, and a way to see more. A pipeline with ten thousand
 * runs or step errors must not put ten thousand rows on the page before anyone asks.
 * `from: 'end'` keeps the last items instead (a log's newest lines), and more reveals earlier ones.
 */
export function useFirstItems<T>(items: readonly T[], pageSize: number, from: 'start' | 'end' = 'start') {
  const [limit, setLimit] = useState(pageSize);
  const cut = items.length > limit;
  return {
    shown: cut ? (from === 'start' ? items.slice(0, limit) : items.slice(items.length - limit)) : items,
    hidden: Math.max(0, items.length - limit),
    showMore: () => setLimit((current) => current + pageSize),
  };
}

export function ShowMoreButton({
  hidden,
  pageSize,
  noun,
  onClick,
  which = 'more',
}: {
  hidden: number;
  pageSize: number;
  noun: string;
  onClick: () => void;
  /** "more" after a list's first items, "earlier" before its last ones. */
  which?: 'more' | 'earlier';
}) {
  if (hidden <= 0) return null;
  return (
    <button
      type="button"
      onClick={onClick}
      className="self-start rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-run dark:border-slate-700 dark:hover:bg-slate-900"
    >
      Show {formatCount(Math.min(hidden, pageSize))} {which} {noun} ({formatCount(hidden)} not shown)
    </button>
  );
}
