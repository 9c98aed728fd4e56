import { renderHook } from '@testing-library/react';
import type { RunErrorsPage } from '../api/get-run-errors';
import { useErrorGroups, type useRunErrorSummary } from './use-error-groups';

/** The summary query as useErrorGroups reads it: null data is the API's 404 (no summary endpoint). */
const noSummary = { data: null, error: null } as unknown as ReturnType<typeof useRunErrorSummary>;

const page: RunErrorsPage = {
  offset: 0,
  total: 1,
  errors: [{ row: 1, column: 'email', value: 'x', error: 'Invalid email format' }],
};

describe('useErrorGroups without a summary endpoint', () => {
  const started: unknown[] = [];
  beforeEach(() => {
    started.length = 0;
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: URL) {
          started.push(url);
        }
        addEventListener() {}
        postMessage() {}
        terminate() {}
      },
    );
  });

  it('starts no worker while no error page has arrived (a run that does not exist answers 404 to both)', () => {
    const { result, rerender } = renderHook(({ pages }) => useErrorGroups(noSummary, pages), {
      initialProps: { pages: new Map<number, RunErrorsPage>() as ReadonlyMap<number, RunErrorsPage> | null },
    });
    rerender({ pages: null });
    expect(started).toEqual([]);
    expect(result.current).toMatchObject({ groups: null, counted: 0, inBrowser: true });
  });

  it('starts the worker once the first error page is there', () => {
    renderHook(() => useErrorGroups(noSummary, new Map([[0, page]])));
    expect(started).toHaveLength(1);
  });
});
