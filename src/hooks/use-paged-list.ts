import { useQueries, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { firstLoadProblem } from '@/lib/query-problem';
import type { AttentionCounts } from '@/lib/status-counts';

/**
 * A list the API filters, sorts, counts and pages by offset (/pipelines, /runs): the page asks
 * only for the pages of the rows on screen, one query per page, so a poll re-reads those.
 */

/** One page of the list at `offset`, as the API answered it. */
export interface ListPage<Row> {
  kind: 'page';
  offset: number;
  rows: Row[];
  /** Rows that match the filters. */
  total: number;
  /** The list by status, as the endpoint counts it (whatever the status filter says). */
  counts: Record<string, number>;
}

/** Rows of the list from `first` to `last` (indexes in the filtered, sorted list) are on screen. */
export interface RowRange {
  first: number;
  last: number;
}

/** The indexes of the pages that hold the rows of `range`. */
export function pageIndexes(range: RowRange, pageSize: number): number[] {
  const first = Math.floor(range.first / pageSize);
  const last = Math.max(first, Math.floor(range.last / pageSize));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The rows on screen, and the callback a virtual table reports them to; scrolling re-renders only when they reach another page. */
export function useRowRange(pageSize: number): [RowRange, (first: number, last: number) => void] {
  const [range, setRange] = useState<RowRange>({ first: 0, last: 0 });
  const onRangeChange = useCallback(
    (first: number, last: number) => {
      setRange((current) =>
        Math.floor(current.first / pageSize) === Math.floor(first / pageSize) &&
        Math.floor(current.last / pageSize) === Math.floor(last / pageSize)
          ? current
          : { first, last },
      );
    },
    [pageSize],
  );
  return [range, onRangeChange];
}

interface PagedRows<Row> {
  /** Rows that match the filters, from the newest page; undefined until the first page. */
  count: number | undefined;
  rowAt: (index: number) => Row | undefined;
  counts: Record<string, number> | undefined;
  /** Every row of the pages held (the latest the page has of them). */
  loaded: () => Row[];
}

/**
 * Rows from the loaded pages; total and counts from the newest of them. While a new filter,
 * sort or scroll position has no page yet, the pages shown last stay (rows still on their
 * way are placeholders), so the table never drops back to a skeleton.
 */
function usePagedRows<Row>(
  results: readonly { data: PageAnswer<Row> | undefined; dataUpdatedAt: number }[],
  pageSize: number,
): PagedRows<Row> {
  const fresh = results.flatMap((r) => (r.data?.kind === 'page' ? [{ page: r.data, at: r.dataUpdatedAt }] : []));
  const [held, setHeld] = useState(fresh);
  const changed = fresh.length !== held.length || fresh.some((f, i) => f.page !== held[i]?.page);
  if (fresh.length > 0 && changed) setHeld(fresh);
  const shown = fresh.length > 0 ? fresh : held;
  const newest = shown.reduce<(typeof shown)[number] | undefined>(
    (best, r) => (best && best.at >= r.at ? best : r),
    undefined,
  )?.page;
  const byPage = new Map(shown.map(({ page }) => [page.offset / pageSize, page]));
  return {
    count: newest?.total,
    rowAt: (index: number) => byPage.get(Math.floor(index / pageSize))?.rows[index % pageSize],
    counts: newest?.counts,
    loaded: () => shown.flatMap(({ page }) => page.rows),
  };
}

/**
 * Whether a list answer is the page asked for at `offset`: an API that pages by offset says
 * where its answer starts, counts the matches and sends at most a page. Anything else did not
 * page (it ignored the parameters, or pages only by cursor).
 */
export function isPageAt(
  body: { offset?: number; total?: number | null },
  rows: number,
  offset: number,
  pageSize: number,
): boolean {
  return body.offset === offset && body.total != null && rows <= pageSize;
}

/** What a page query answers: a page, or word that the API did not page (the caller then reads the list whole). */
export type PageAnswer<Row> = ListPage<Row> | { kind: 'unpaged' };

type RowOf<Answer> = Answer extends ListPage<infer Row> ? Row : never;

export interface PagedList<Row> extends PagedRows<Row> {
  /** The API ignored the paging parameters: from now on the caller reads the whole list instead. */
  unpaged: boolean;
  /** Why nothing can be shown yet, or null. */
  problem: unknown;
  /** The first page query's error, if any (a 404 that says the endpoint is missing, say). */
  error: unknown;
  retry: () => void;
}

/**
 * The pages of the rows on screen, one query per page. Whether the API pages shows in its
 * first answer, and stays known while the page is open: an API that did not page once is
 * not asked for pages again (`pageQuery` gets enabled false).
 */
export function usePagedList<Answer extends PageAnswer<unknown>, Failure, Key extends QueryKey>(
  pageQuery: (index: number, enabled: boolean) => UseQueryOptions<Answer, Failure, Answer, Key>,
  range: RowRange,
  pageSize: number,
): PagedList<RowOf<Answer>> {
  const [knownUnpaged, setKnownUnpaged] = useState(false);
  const pages = useQueries({ queries: pageIndexes(range, pageSize).map((index) => pageQuery(index, !knownUnpaged)) });
  const unpaged = knownUnpaged || pages.some((p) => p.data?.kind === 'unpaged');
  if (unpaged && !knownUnpaged) setKnownUnpaged(true);
  const rows = usePagedRows<RowOf<Answer>>(
    pages as { data: PageAnswer<RowOf<Answer>> | undefined; dataUpdatedAt: number }[],
    pageSize,
  );
  const pageProblem = pages.map((p) => firstLoadProblem(p)).find((problem) => problem !== null) ?? null;
  return {
    ...rows,
    unpaged,
    problem: rows.count === undefined ? pageProblem : null,
    error: pages.find((p) => p.error)?.error ?? null,
    retry: () => pages.forEach((p) => void p.refetch()),
  };
}

/** What a list page shows: its rows (loaded or not), its summary counts and statuses, and why it cannot. */
export interface ListRows<Row> {
  /** Rows that match the filters; undefined until the first answer. */
  count: number | undefined;
  rowAt: (index: number) => Row | undefined;
  /** How many are running, failed, … whatever the status filter says. */
  summary: AttentionCounts | undefined;
  /** Statuses seen, known or not (for the status filter's options). */
  statuses: readonly string[];
  problem: unknown;
  retry: () => void;
}

/** The value once it has stopped changing for `ms`; the first value at once. */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
