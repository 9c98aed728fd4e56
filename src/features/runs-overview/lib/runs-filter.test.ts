import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RUNS_FILTER,
  parseRunsFilter,
  runsFilterToParams,
  runsInView,
  SINCE_STEP_MS,
  sinceParam,
  withStatuses,
  type RunsFilter,
} from './runs-filter';

const NOW = Date.parse('2026-03-30T12:00:00Z');
const run = (id: string, status: string, startedAt: string, pipelineName = 'Daily Customer Import') => ({
  id,
  pipelineId: `pipe_${id}`,
  pipelineName,
  status,
  startedAt,
});

describe('runs filter in the URL', () => {
  it('reads the defaults from an empty URL and writes none of them back', () => {
    expect(parseRunsFilter(new URLSearchParams())).toEqual(DEFAULT_RUNS_FILTER);
    expect(runsFilterToParams(DEFAULT_RUNS_FILTER).toString()).toBe('');
  });

  it('round-trips several statuses, a window and text, keeping params it does not own', () => {
    const filter: RunsFilter = { statuses: ['failed', 'completed_with_errors'], window: '7d', q: 'customer #1' };
    const params = runsFilterToParams(filter, new URLSearchParams('other=1'));
    expect(params.get('other')).toBe('1');
    expect(params.get('status')).toBe('failed,completed_with_errors');
    expect(parseRunsFilter(params)).toEqual(filter);
  });

  it('keeps an unknown status, drops empty and repeated ones, and falls back on an unknown window', () => {
    expect(parseRunsFilter(new URLSearchParams('status=failed,,paused,failed&window=1y'))).toEqual({
      statuses: ['failed', 'paused'],
      window: '24h',
      q: '',
    });
  });
});

describe('since sent to the API', () => {
  it('read whole: the window start rounded down to ten minutes, stable between polls', () => {
    const step = SINCE_STEP_MS.whole;
    expect(sinceParam('24h', NOW, step)).toBe('2026-03-29T12:00:00.000Z');
    expect(sinceParam('24h', NOW + 9 * 60_000, step)).toBe('2026-03-29T12:00:00.000Z');
    expect(sinceParam('24h', NOW + 10 * 60_000, step)).toBe('2026-03-29T12:10:00.000Z');
    expect(sinceParam('all', NOW, step)).toBeUndefined();
  });

  it('read in pages: to the minute, since the API counts the window', () => {
    const step = SINCE_STEP_MS.paged;
    expect(sinceParam('1h', NOW + 9 * 60_000 + 59_000, step)).toBe('2026-03-30T11:09:00.000Z');
  });
});

describe('runs in view', () => {
  const runs = [
    run('a', 'failed', '2026-03-30T11:30:00Z'),
    run('b', 'completed', '2026-03-30T02:00:00Z', 'Hourly Orders Sync'),
    run('c', 'completed_with_errors', '2026-03-28T12:00:00Z'),
    run('d', 'running', 'not a time'),
  ];

  it('cuts by window exactly (an API that ignores since still gives the right list), keeping unreadable times', () => {
    const day = runsInView(runs, { ...DEFAULT_RUNS_FILTER, window: '24h' }, NOW).map((r) => r.id);
    expect(day).toEqual(['a', 'b', 'd']);
    expect(runsInView(runs, { ...DEFAULT_RUNS_FILTER, window: '1h' }, NOW).map((r) => r.id)).toEqual(['a', 'd']);
    expect(runsInView(runs, { ...DEFAULT_RUNS_FILTER, window: 'all' }, NOW)).toHaveLength(4);
  });

  it('matches text in pipeline name, pipeline id or run id, ignoring case', () => {
    const q = (text: string) => runsInView(runs, { ...DEFAULT_RUNS_FILTER, window: 'all', q: text }, NOW);
    expect(q('ORDERS').map((r) => r.id)).toEqual(['b']);
    expect(q('pipe_c').map((r) => r.id)).toEqual(['c']);
    expect(q('nothing like it')).toEqual([]);
  });

  it('filters by several statuses (an API that ignores status still gives the right list)', () => {
    expect(withStatuses(runs, ['failed', 'completed_with_errors']).map((r) => r.id)).toEqual(['a', 'c']);
    expect(withStatuses(runs, [])).toHaveLength(4);
  });
});
