import type { ValidationError } from '../api/schemas';
import { computeErrorView, distinctColumns, isFiltered, NO_FILTER } from './error-view';

const e = (row: number, column: string | null, value: string | null, error: string): ValidationError => ({
  row,
  column,
  value,
  error,
});
const rows = [
  e(305, 'age', 'abc', 'Expected integer'),
  e(142, 'email', 'not-an-email', 'Invalid email format'),
  e(900, 'email', '<b>Bob</b>', 'Invalid email format'),
  e(7, 'notes', '=1+1', 'Disallowed characters'),
  e(50, 'age', null, 'Expected integer'),
];
const rowsOf = (view: ValidationError[]) => view.map((r) => r.row);

describe('computeErrorView', () => {
  it('keeps the API order without sort or filter', async () => {
    expect(rowsOf(await computeErrorView(rows, { sort: null, filter: NO_FILTER }))).toEqual([305, 142, 900, 7, 50]);
  });

  it('sorts rows numerically both ways', async () => {
    expect(rowsOf(await computeErrorView(rows, { sort: { key: 'row', direction: 'asc' }, filter: NO_FILTER }))).toEqual(
      [7, 50, 142, 305, 900],
    );
    expect(
      rowsOf(await computeErrorView(rows, { sort: { key: 'row', direction: 'desc' }, filter: NO_FILTER })),
    ).toEqual([900, 305, 142, 50, 7]);
  });

  it('sorts text case-insensitively, ties in API order in either direction, null values first', async () => {
    expect(
      rowsOf(await computeErrorView(rows, { sort: { key: 'column', direction: 'asc' }, filter: NO_FILTER })),
    ).toEqual([305, 50, 142, 900, 7]);
    expect(
      rowsOf(await computeErrorView(rows, { sort: { key: 'column', direction: 'desc' }, filter: NO_FILTER })),
    ).toEqual([7, 142, 900, 305, 50]);
    expect(
      rowsOf(await computeErrorView(rows, { sort: { key: 'value', direction: 'asc' }, filter: NO_FILTER }))[0],
    ).toBe(50);
  });

  it('filters by source column and by text anywhere in the row, case-insensitively', async () => {
    expect(
      rowsOf(await computeErrorView(rows, { sort: null, filter: { column: 'email', error: null, text: '' } })),
    ).toEqual([142, 900]);
    expect(
      rowsOf(await computeErrorView(rows, { sort: null, filter: { column: null, error: null, text: 'INTEGER' } })),
    ).toEqual([305, 50]);
    expect(
      rowsOf(await computeErrorView(rows, { sort: null, filter: { column: null, error: null, text: '<b>' } })),
    ).toEqual([900]);
    expect(
      rowsOf(await computeErrorView(rows, { sort: null, filter: { column: 'email', error: null, text: 'bob' } })),
    ).toEqual([900]);
    expect(
      rowsOf(await computeErrorView(rows, { sort: null, filter: { column: null, error: null, text: '305' } })),
    ).toEqual([305]);
  });

  it('sorts 100,000 rows in slices, yielding between them, the same as a plain sort', async () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      e(i, `c${(i * 7919) % 13}`, String((i * 104729) % 1000), 'x'),
    );
    let yields = 0;
    const view = await computeErrorView(
      many,
      { sort: { key: 'value', direction: 'asc' }, filter: NO_FILTER },
      { yieldTo: async () => void (yields += 1) },
    );
    const expected = [...many].sort((a, b) => (a.value! < b.value! ? -1 : a.value! > b.value! ? 1 : a.row - b.row));
    expect(rowsOf(view)).toEqual(rowsOf(expected));
    expect(yields).toBeGreaterThan(10);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const many = Array.from({ length: 20_000 }, (_, i) => e(i, 'c', 'v', 'x'));
    const pending = computeErrorView(
      many,
      { sort: { key: 'row', direction: 'desc' }, filter: NO_FILTER },
      { signal: controller.signal, yieldTo: async () => controller.abort() },
    );
    await expect(pending).rejects.toThrow();
  });
});

describe('error group filter', () => {
  it('keeps the rows of one column and message, a missing one matching the empty group', async () => {
    const group = { sort: null, filter: { column: 'email', error: 'Invalid email format', text: '' } };
    const mixed = [
      e(1, 'email', 'a', 'Invalid email format'),
      e(2, 'email', 'b', 'Required'),
      e(3, 'age', 'c', 'Invalid email format'),
      { row: 4, column: null, value: null, error: null },
    ];
    expect(rowsOf(await computeErrorView(mixed, group))).toEqual([1]);
    expect(rowsOf(await computeErrorView(mixed, { sort: null, filter: { column: '', error: '', text: '' } }))).toEqual([
      4,
    ]);
    expect(isFiltered({ column: null, error: 'Required', text: '' })).toBe(true);
  });
});

describe('filters and columns', () => {
  it('knows when a filter is on', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ column: null, error: null, text: '  ' })).toBe(false);
    expect(isFiltered({ column: 'age', error: null, text: '' })).toBe(true);
  });

  it('lists the distinct source columns, sorted', () => {
    expect(distinctColumns(rows)).toEqual(['age', 'email', 'notes']);
  });
});
