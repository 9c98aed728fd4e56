// A relative import: the demo API (run by tsx, which does not read the @ alias) reads this file too.
import { formatStatusList, parseStatusList } from '../../../lib/status-list';

/**
 * The pipelines list's filter and sort, kept in the URL's search params so a link or a
 * reload reproduces the view. Pure: parse and serialise, nothing else.
 * Defaults are left out of the URL, so the plain /pipelines link stays clean.
 */
export const SORT_KEYS = ['name', 'connector', 'status', 'lastRun', 'polling'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** The status filter value for pipelines that have never run. */
export const NO_RUNS = 'no-runs';

export interface ListState {
  /** Free text matched against name, id, connector and polling paths. */
  q: string;
  /** Last-run statuses (known or not) and NO_RUNS to show; empty shows every status. */
  statuses: string[];
  sort: SortKey;
  dir: SortDir;
}

export const DEFAULT_LIST_STATE: ListState = { q: '', statuses: [], sort: 'name', dir: 'asc' };

/** Newest first is what anyone sorting by time wants first; everything else reads A→Z. */
export function defaultDir(key: SortKey): SortDir {
  return key === 'lastRun' ? 'desc' : 'asc';
}

function isSortKey(value: string | null): value is SortKey {
  return value !== null && (SORT_KEYS as readonly string[]).includes(value);
}

export function parseListState(params: URLSearchParams): ListState {
  const sortParam = params.get('sort');
  const sort = isSortKey(sortParam) ? sortParam : DEFAULT_LIST_STATE.sort;
  const dirParam = params.get('dir');
  const dir = dirParam === 'asc' || dirParam === 'desc' ? dirParam : defaultDir(sort);
  return { q: params.get('q') ?? '', statuses: parseStatusList(params.get('status')), sort, dir };
}

/** The search params for a state; params this page does not own are kept as they were. */
export function listStateToParams(state: ListState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  setOrDelete(params, 'q', state.q.trim() ? state.q : null);
  setOrDelete(params, 'status', formatStatusList(state.statuses));
  const isDefaultSort = state.sort === DEFAULT_LIST_STATE.sort && state.dir === defaultDir(state.sort);
  setOrDelete(params, 'sort', isDefaultSort ? null : state.sort);
  setOrDelete(params, 'dir', isDefaultSort || state.dir === defaultDir(state.sort) ? null : state.dir);
  return params;
}

/** A click on a column header: the same column flips direction, another starts at its default. */
export function toggleSort(state: ListState, key: SortKey): ListState {
  if (state.sort === key) return { ...state, dir: state.dir === 'asc' ? 'desc' : 'asc' };
  return { ...state, sort: key, dir: defaultDir(key) };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null) params.delete(key);
  else params.set(key, value);
}
