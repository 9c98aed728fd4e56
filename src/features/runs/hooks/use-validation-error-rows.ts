import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { ERRORS_PAGE_SIZE, type RunErrorsPage, runErrorsPageQuery } from '../api/get-run-errors';
import type { ValidationError } from '../api/schemas';
import { distinctColumns } from '../lib/error-view';

/**
 * The full error list, read in pages of ERRORS_PAGE_SIZE.
 *
 * Why pages and not one request: a run can have 100,000 errors (about 8 MB of JSON). One
 * answer that size takes seconds to parse losslessly and validate, a long task that freezes
 * the page, and refreshing it every poll while the run is live would repeat that. A page of
 * 1,000 parses and validates in about 20 ms (2,000 took 35–60 ms: too close to a long task);
 * the table asks only for the pages it shows (page 0 always, for the total) and only those
 * refresh while the run is live.
 *
 * Sorting and filtering need every row (the API cannot sort or filter), so then every page
 * is loaded once, refreshed at the slow interval while live, and lib/error-view sorts and
 * filters them in time slices, off the critical path.
 *
 * Until page 0 arrives, the first 20 errors of the progress answer stand in for it, so the
 * operator sees errors at once. An API that ignores offset/limit (001 says the endpoint
 * answers all) sends everything in page 0, which then serves every row.
 */
/** The table addresses at most this many rows (an int64 count would not fit any array); the CSV has them all. */
export const MAX_TABLE_ROWS = 1_000_000;

export interface ErrorRows {
  /** Rows in the API's order the table can address. */
  count: number;
  /** The API's count of errors, once it has answered. */
  total: number | undefined;
  rowAt: (index: number) => ValidationError | undefined;
  /** Every row, once all pages have arrived (only asked for with `needAll`). */
  all: ValidationError[] | null;
  /** The pages loaded so far, by the offset of their first row. */
  pages: ReadonlyMap<number, RunErrorsPage>;
  loadedPages: number;
  pageCount: number;
  /** Showing the progress answer's first errors while the errors endpoint has not answered. */
  fromSeed: boolean;
  error: unknown;
  columns: string[];
}

export interface ErrorRowsOptions {
  pipelineId: string;
  runId: string;
  live: boolean;
  needAll: boolean;
  /** The pages the table shows now (first and last page index). */
  visiblePages: readonly [number, number];
  seed: readonly ValidationError[];
}

const NO_PAGES: ReadonlyMap<number, RunErrorsPage> = new Map();

const combinePages = (results: { data?: RunErrorsPage; error: unknown }[]) => ({
  pages: results.map((result) => result.data),
  error: results.find((result) => result.error)?.error ?? null,
});

/**
 * With needAll, how many missing pages are asked for at once; the next one as one arrives.
 * Asking for a hundred at once started a hundred fetches and observers in one task (0.8 s),
 * and their answers then queued up behind each other, each parsed and validated in turn.
 */
export const PAGES_IN_FLIGHT = 4;

/** The pages to observe: page 0, the visible ones, and with needAll every loaded one and the next few missing. */
export function pageIndexes(
  needAll: boolean,
  pageCount: number,
  [first, last]: readonly [number, number],
  isLoaded: (page: number) => boolean,
): number[] {
  const end = Math.min(last, pageCount - 1);
  const start = Math.max(0, Math.min(first, end));
  const indexes = new Set(start > 0 ? [0] : []);
  for (let page = start; page <= end; page++) indexes.add(page);
  if (needAll) {
    let missing = 0;
    for (let page = 0; page < pageCount; page++) {
      if (isLoaded(page)) indexes.add(page);
      else if (missing < PAGES_IN_FLIGHT) {
        indexes.add(page);
        missing++;
      }
    }
  }
  return [...indexes].sort((a, b) => a - b);
}

/** Each page's columns, counted once: the last of 100 pages must not make one task walk 100,000 rows. */
const columnsOfPage = new WeakMap<readonly ValidationError[], string[]>();

export function mergeColumns(pages: readonly (readonly ValidationError[])[]): string[] {
  const columns = new Set<string>();
  for (const errors of pages) {
    let known = columnsOfPage.get(errors);
    if (!known) columnsOfPage.set(errors, (known = distinctColumns(errors)));
    for (const column of known) columns.add(column);
  }
  return [...columns].sort();
}

export function useValidationErrorRows({
  pipelineId,
  runId,
  live,
  needAll,
  visiblePages,
  seed,
}: ErrorRowsOptions): ErrorRows {
  const runPoll = usePollInterval('run');
  const slowPoll = usePollInterval('slow');
  const interval = live ? (needAll ? slowPoll : runPoll) : false;

  const client = useQueryClient();
  const pageQuery = (page: number) =>
    runErrorsPageQuery(pipelineId, runId, { offset: page * ERRORS_PAGE_SIZE, limit: ERRORS_PAGE_SIZE }, interval);
  // Page 0 is always asked for: its answer says how many pages exist.
  const first = useQuery(pageQuery(0)).data;
  const holdsAll = first !== undefined && first.errors.length >= first.total;
  const addressable = first === undefined ? 0 : Math.min(MAX_TABLE_ROWS, holdsAll ? first.errors.length : first.total);
  const pageCount = holdsAll ? 1 : Math.max(1, Math.ceil(addressable / ERRORS_PAGE_SIZE));
  // Read in render: every page asked for is observed below, so each answer renders this again.
  const isLoaded = (page: number) => client.getQueryData(pageQuery(page).queryKey) !== undefined;
  const indexes = pageIndexes(needAll, pageCount, visiblePages, isLoaded);

  const { pages, error } = useQueries({ queries: indexes.map(pageQuery), combine: combinePages });

  const byOffset = useMemo(
    () => new Map(pages.flatMap((page) => (page ? [[page.offset, page] as const] : []))),
    [pages],
  );
  const loadedPages = byOffset.size;
  const all = useMemo(() => {
    if (!needAll || loadedPages < pageCount) return null;
    return [...byOffset.values()].sort((a, b) => a.offset - b.offset).flatMap((page) => page.errors);
  }, [needAll, loadedPages, pageCount, byOffset]);

  const columns = useMemo(
    () => mergeColumns(first === undefined ? [seed] : [...byOffset.values()].map((page) => page.errors)),
    [first, seed, byOffset],
  );

  if (first === undefined) {
    return {
      count: seed.length,
      total: undefined,
      rowAt: (i) => seed[i],
      all: null,
      pages: NO_PAGES,
      loadedPages: 0,
      pageCount,
      fromSeed: true,
      error,
      columns,
    };
  }
  const rowAt = holdsAll
    ? (index: number) => first.errors[index]
    : (index: number) =>
        byOffset.get(Math.floor(index / ERRORS_PAGE_SIZE) * ERRORS_PAGE_SIZE)?.errors[index % ERRORS_PAGE_SIZE];
  return {
    count: addressable,
    total: first.total,
    rowAt,
    all,
    pages: byOffset,
    loadedPages,
    pageCount,
    fromSeed: false,
    error,
    columns,
  };
}
