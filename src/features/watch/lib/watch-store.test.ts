// @vitest-environment jsdom
import {
  getWatchList,
  isRunWatched,
  parseWatchList,
  subscribeWatchList,
  togglePipelineWatch,
  toggleRunWatch,
  WATCH_STORAGE_KEY,
} from './watch-store';

afterEach(() => localStorage.clear());

describe('watch store', () => {
  it('toggles runs and pipelines, keeping ids only in localStorage', () => {
    toggleRunWatch('pipe_001', 'run_001');
    togglePipelineWatch('pipe_005');
    expect(getWatchList()).toEqual({ runs: [{ pipelineId: 'pipe_001', runId: 'run_001' }], pipelines: ['pipe_005'] });
    expect(JSON.parse(localStorage.getItem(WATCH_STORAGE_KEY) ?? '')).toEqual({
      runs: [{ pipelineId: 'pipe_001', runId: 'run_001' }],
      pipelines: ['pipe_005'],
    });
    toggleRunWatch('pipe_001', 'run_001');
    togglePipelineWatch('pipe_005');
    expect(getWatchList()).toEqual({ runs: [], pipelines: [] });
  });

  it('tells a run apart by its pipeline: the same run id elsewhere is another run', () => {
    toggleRunWatch('pipe_001', 'run_001');
    expect(isRunWatched(getWatchList(), 'pipe_001', 'run_001')).toBe(true);
    expect(isRunWatched(getWatchList(), 'pipe_002', 'run_001')).toBe(false);
  });

  it('notifies subscribers, also of a change made in another tab', () => {
    const listener = vi.fn();
    const stop = subscribeWatchList(listener);
    toggleRunWatch('pipe_001', 'run_001');
    expect(listener).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new StorageEvent('storage', { key: WATCH_STORAGE_KEY }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something.else' }));
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    toggleRunWatch('pipe_001', 'run_001');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('returns the same object while storage is unchanged (for useSyncExternalStore)', () => {
    togglePipelineWatch('pipe_001');
    expect(getWatchList()).toBe(getWatchList());
  });

  it('reads a broken or hostile stored value as what is valid in it', () => {
    expect(parseWatchList('not json')).toEqual({ runs: [], pipelines: [] });
    expect(parseWatchList('"a string"')).toEqual({ runs: [], pipelines: [] });
    expect(
      parseWatchList(
        JSON.stringify({
          runs: [{ pipelineId: 'p', runId: 'r' }, { pipelineId: 'p', runId: 'r' }, { pipelineId: 1 }, null, 'x'],
          pipelines: ['p', 'p', '', 42, 'x'.repeat(500)],
          token: 'secret',
        }),
      ),
    ).toEqual({ runs: [{ pipelineId: 'p', runId: 'r' }], pipelines: ['p'] });
  });
});
