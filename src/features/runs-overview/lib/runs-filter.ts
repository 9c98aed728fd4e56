import { parseTime } from '@/lib/format';
import { formatStatusList, parseStatusList } from '@/lib/status-list';

/**
 * The /runs view (statuses, time window, text), kept in the URL's search params so a link
 * or a reload reproduces it. Pure: parse, serialise, filter and count, nothing else.
 * Defaults are left out of the URL, so the plain /runs link stays clean.
 */
export const TIME_WINDOWS = ['1h', '24h', '7d', 'all'] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];

export const WINDOW_LABELS: Record<TimeWindow, string> = {
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  all: 'All time',
};

const WINDOW_MS: Record<Exclude<TimeWindow, 'all'>, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
};

export interface RunsFilter {
  /** Run statuses to show (known or not); empty shows every status. */
  statuses: string[];
  window: TimeWindow;
  /** Free text over pipeline name, pipeline id and run id. */
  q: string;
}

/** What went wrong since yesterday evening is the question this page answers first. */
export const DEFAULT_RUNS_FILTER: RunsFilter = { statuses: [], window: '24h', q: '' };

function isWindow(value: string | null): value is TimeWindow {
  return value !== null && (TIME_WINDOWS as readonly string[]).includes(value);
}

export function parseRunsFilter(params: URLSearchParams): RunsFilter {
  const window = params.get('window');
  const statuses = parseStatusList(params.get('status'));
  return { statuses, window: isWindow(window) ? window : DEFAULT_RUNS_FILTER.window, q: params.get('q') ?? '' };
}

/** The search params for a filter; params this page does not own are kept as they were. */
export function runsFilterToParams(filter: RunsFilter, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  setOrDelete(params, 'status', formatStatusList(filter.statuses));
  setOrDelete(params, 'window', filter.window === DEFAULT_RUNS_FILTER.window ? null : filter.window);
  setOrDelete(params, 'q', filter.q.trim() ? filter.q : null);
  return params;
}

/** Epoch ms where the window starts, or null for all time. */
export function windowStart(window: TimeWindow, now: number): number | null {
  return window === 'all' ? null : now - WINDOW_MS[window];
}

/**
 * The `since` sent to the API moves in these steps, see sinceParam. Read whole, the list asks
 * in steps of ten minutes and cuts the extra minutes itself; read in pages, the API counts and
 * pages the window, so it is asked to the minute.
 */
export const SINCE_STEP_MS = { whole: 600_000, paged: 60_000 } as const;

/**
 * The `since` asked of the API: the window's start rounded down to a step. A value that moved
 * every poll would make every poll a new query (no 304, a new cache entry).
 */
export function sinceParam(window: TimeWindow, now: number, stepMs: number): string | undefined {
  const start = windowStart(window, now);
  if (start === null) return undefined;
  return new Date(Math.floor(start / stepMs) * stepMs).toISOString();
}

interface FilterableRun {
  id: string;
  pipelineId: string;
  pipelineName?: string | null;
  status: string;
  startedAt: string;
}

/** The runs in the window whose pipeline name, pipeline id or run id contains the text. */
export function runsInView<R extends FilterableRun>(runs: readonly R[], filter: RunsFilter, now: number): R[] {
  const start = windowStart(filter.window, now);
  const needle = filter.q.trim().toLowerCase();
  return runs.filter((run) => {
    if (start !== null) {
      const started = parseTime(run.startedAt);
      // A start the page cannot read is kept: hiding it would hide a run nobody can then find.
      if (started !== null && started < start) return false;
    }
    if (!needle) return true;
    return (
      run.id.toLowerCase().includes(needle) ||
      run.pipelineId.toLowerCase().includes(needle) ||
      (run.pipelineName ?? '').toLowerCase().includes(needle)
    );
  });
}

/** The runs of the view whose status is ticked (all of them when none is). */
export function withStatuses<R extends { status: string }>(runs: readonly R[], statuses: readonly string[]): R[] {
  if (statuses.length === 0) return [...runs];
  const wanted = new Set(statuses);
  return runs.filter((run) => wanted.has(run.status));
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null) params.delete(key);
  else params.set(key, value);
}
