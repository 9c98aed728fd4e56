import { watchEvents, type SeenRun, type WatchMemory } from './watch-events';

const run = (pipelineId: string, id: string, status: string): SeenRun => ({
  id,
  pipelineId,
  pipelineName: `Name of ${pipelineId}`,
  status,
  startedAt: '2026-03-30T12:00:00Z',
});

const look = (list: Parameters<typeof watchEvents>[0], runs: SeenRun[], memory: WatchMemory | null) =>
  watchEvents(list, runs, memory);

describe('watch events', () => {
  const watchRun = { runs: [{ pipelineId: 'pipe_005', runId: 'run_503' }], pipelines: [] };

  it('tells once when a watched run that was seen running ends', () => {
    const first = look(watchRun, [run('pipe_005', 'run_503', 'running')], null);
    expect(first.events).toEqual([]);
    const second = look(watchRun, [run('pipe_005', 'run_503', 'failed')], first.memory);
    expect(second.events).toEqual([
      {
        key: 'pipe_005/run_503',
        pipelineId: 'pipe_005',
        pipelineName: 'Name of pipe_005',
        runId: 'run_503',
        status: 'failed',
        reason: 'run',
      },
    ]);
    expect(look(watchRun, [run('pipe_005', 'run_503', 'failed')], second.memory).events).toEqual([]);
  });

  it('does not tell about a run that had already ended when the watching started', () => {
    const first = look(watchRun, [run('pipe_005', 'run_503', 'completed')], null);
    expect(look(watchRun, [run('pipe_005', 'run_503', 'completed')], first.memory).events).toEqual([]);
  });

  it('remembers a run that dropped out of one look, and still tells its end later', () => {
    const first = look(watchRun, [run('pipe_005', 'run_503', 'running')], null);
    const gap = look(watchRun, [], first.memory);
    expect(look(watchRun, [run('pipe_005', 'run_503', 'completed')], gap.memory).events).toHaveLength(1);
  });

  it("tells when a watched pipeline's newest run becomes failed or completed with errors, not when it completes", () => {
    const list = { runs: [], pipelines: ['pipe_003'] };
    const first = look(list, [run('pipe_003', 'run_301', 'running'), run('pipe_003', 'run_300', 'failed')], null);
    expect(first.events).toEqual([]);
    const bad = look(list, [run('pipe_003', 'run_301', 'completed_with_errors')], first.memory);
    expect(bad.events).toMatchObject([{ runId: 'run_301', status: 'completed_with_errors', reason: 'pipeline' }]);
    const fine = look(
      list,
      [run('pipe_003', 'run_302', 'completed'), run('pipe_003', 'run_301', 'completed_with_errors')],
      bad.memory,
    );
    expect(fine.events).toEqual([]);
  });

  it('tells a run once when both it and its pipeline are watched', () => {
    const list = { runs: [{ pipelineId: 'pipe_005', runId: 'run_503' }], pipelines: ['pipe_005'] };
    const first = look(list, [run('pipe_005', 'run_503', 'running')], null);
    expect(look(list, [run('pipe_005', 'run_503', 'failed')], first.memory).events).toHaveLength(1);
  });
});
