import { checkpointsPath, pipelinePath, runPagePath } from './app-paths';

describe('app paths', () => {
  it('encode ids, so an id with a slash, space or "?" stays one path segment', () => {
    expect(pipelinePath('pipe/1')).toBe('/pipelines/pipe%2F1');
    expect(runPagePath('pipe 1', 'run?2')).toBe('/pipelines/pipe%201/runs/run%3F2');
    expect(checkpointsPath('#p')).toBe('/pipelines/%23p/checkpoints');
  });
});
