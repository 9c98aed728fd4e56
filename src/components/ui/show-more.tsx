import { useState } from 'react';

/**
 * The first items of a long list, and a way to see more. A pipeline with ten thousand
 * runs or step errors must not put ten thousand rows on the page before anyone asks.
 */
export function useFirstItems<T>(items: readonly T[], pageSize: number) {
  const [limit, setLimit] = useState(pageSize);
  return {
    shown: items.length > limit ? items.slice(0, limit) : items,
    hidden: Math.max(0, items.length - limit),
    showMore: () => setLimit((current) => current + pageSize),
  };
}

export function ShowMoreButton({
  hidden,
  pageSize,
  noun,
  onClick,
}: {
  hidden: number;
  pageSize: number;
  noun: string;
  onClick: () => void;
}) {
  if (hidden <= 0) return null;
  return (
    <button
      type="button"
      onClick={onClick}
      className="self-start rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-run dark:border-slate-700 dark:hover:bg-slate-900"
    >
      Show {Math.min(hidden, pageSize).toLocaleString('en-US')} more {noun} ({hidden.toLocaleString('en-US')} not shown)
    </button>
  );
}
