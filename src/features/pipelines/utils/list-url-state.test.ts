import { DEFAULT_LIST_STATE, listStateToParams, parseListState, toggleSort, type ListState } from './list-url-state';

const parse = (search: string) => parseListState(new URLSearchParams(search));

describe('parseListState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_LIST_STATE);
  });

  it('reads text, status, sort and direction', () => {
    expect(parse('q=customer&status=failed&sort=lastRun&dir=asc')).toEqual({
      q: 'customer',
      statuses: ['failed'],
      sort: 'lastRun',
      dir: 'asc',
    });
  });

  it('keeps an unknown status verbatim so it can be filtered on', () => {
    expect(parse('status=quarantined').statuses).toEqual(['quarantined']);
  });

  it('reads several statuses, as the API takes them', () => {
    expect(parse('status=failed,no-runs,completed_with_errors').statuses).toEqual([
      'failed',
      'no-runs',
      'completed_with_errors',
    ]);
  });

  it('falls back to the default sort for an unknown column and to the column default for a bad direction', () => {
    expect(parse('sort=colour&dir=up')).toMatchObject({ sort: 'name', dir: 'asc' });
    expect(parse('sort=lastRun&dir=sideways')).toMatchObject({ sort: 'lastRun', dir: 'desc' });
  });

  it('treats a blank status as no status filter', () => {
    expect(parse('status=%20').statuses).toEqual([]);
  });
});

describe('listStateToParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(listStateToParams(DEFAULT_LIST_STATE).toString()).toBe('');
    expect(listStateToParams({ ...DEFAULT_LIST_STATE, q: '   ' }).toString()).toBe('');
  });

  it('writes only what differs from the defaults', () => {
    expect(listStateToParams({ q: 'orders', statuses: ['no-runs'], sort: 'lastRun', dir: 'desc' }).toString()).toBe(
      'q=orders&status=no-runs&sort=lastRun',
    );
    expect(listStateToParams({ ...DEFAULT_LIST_STATE, dir: 'desc' }).toString()).toBe('sort=name&dir=desc');
  });

  it('keeps params it does not own and removes cleared ones', () => {
    const base = new URLSearchParams('debug=1&q=old&status=failed');
    expect(listStateToParams(DEFAULT_LIST_STATE, base).toString()).toBe('debug=1');
  });

  it('round-trips every state through the URL', () => {
    const states: ListState[] = [
      DEFAULT_LIST_STATE,
      { q: 'a b&c=d', statuses: ['completed_with_errors'], sort: 'polling', dir: 'desc' },
      { q: 'x', statuses: [], sort: 'connector', dir: 'asc' },
      { q: '', statuses: ['weird status', 'failed', 'no-runs'], sort: 'lastRun', dir: 'asc' },
    ];
    for (const state of states) {
      const url = `?${listStateToParams(state).toString()}`;
      expect(parseListState(new URLSearchParams(url))).toEqual(state);
    }
  });
});

describe('toggleSort', () => {
  it('flips the direction of the sorted column', () => {
    expect(toggleSort(DEFAULT_LIST_STATE, 'name')).toMatchObject({ sort: 'name', dir: 'desc' });
  });

  it('starts another column at its own default direction', () => {
    expect(toggleSort(DEFAULT_LIST_STATE, 'lastRun')).toMatchObject({ sort: 'lastRun', dir: 'desc' });
    expect(toggleSort({ ...DEFAULT_LIST_STATE, sort: 'lastRun', dir: 'desc' }, 'status')).toMatchObject({
      sort: 'status',
      dir: 'asc',
    });
  });

  it('keeps the filters', () => {
    expect(toggleSort({ ...DEFAULT_LIST_STATE, q: 'orders', statuses: ['failed'] }, 'polling')).toMatchObject({
      q: 'orders',
      statuses: ['failed'],
    });
  });
});
