import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/pipelines/pipe_001/runs/run_001', '/pipelines/pipe_001/runs/run_001'],
    ['/pipelines?status=failed', '/pipelines?status=failed'],
    [null, '/pipelines'],
    ['', '/pipelines'],
    ['https://evil.example/phish', '/pipelines'],
    ['//evil.example/phish', '/pipelines'],
    ['/\\evil.example', '/pipelines'],
    ['javascript:alert(1)', '/pipelines'],
    ['/sign-in?next=/x', '/pipelines'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe('signInPath', () => {
  it('remembers where the user was, query and hash included', () => {
    expect(signInPath({ pathname: '/pipelines/pipe_001', search: '?tab=runs', hash: '#x' })).toBe(
      `/sign-in?next=${encodeURIComponent('/pipelines/pipe_001?tab=runs#x')}`,
    );
    expect(signInPath({ pathname: '/' })).toBe('/sign-in');
  });
});
