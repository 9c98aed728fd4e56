import { describe, expect, it } from 'vitest';
import { mergeColumns, PAGES_IN_FLIGHT, pageIndexes } from './use-validation-error-rows';

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const loaded =
  (...pages: number[]) =>
  (page: number) =>
    pages.includes(page);

describe('pageIndexes', () => {
  it('asks for page 0 and the visible pages only, when not every row is needed', () => {
    expect(pageIndexes(false, 100, [40, 41], loaded())).toEqual([0, 40, 41]);
    expect(pageIndexes(false, 100, [0, 1], loaded(0, 1, 2, 3))).toEqual([0, 1]);
    // A visible range past the end (the count shrank) stops at the last page.
    expect(pageIndexes(false, 3, [5, 9], loaded())).toEqual([0, 2]);
  });

  it('with every row needed, keeps what is loaded and asks for the next few missing pages, not all at once', () => {
    expect(pageIndexes(true, 100, [0, 0], loaded())).toEqual(range(0, PAGES_IN_FLIGHT));
    expect(pageIndexes(true, 100, [0, 0], loaded(0, 1, 2))).toEqual(range(0, 3 + PAGES_IN_FLIGHT));
  });

  it('with every row needed, a page that arrived out of order is kept and does not take a missing slot', () => {
    expect(pageIndexes(true, 10, [0, 0], loaded(0, 2, 3))).toEqual(range(0, 3 + PAGES_IN_FLIGHT));
  });

  it('with every row needed, the visible pages are asked for at once, whatever the window', () => {
    expect(pageIndexes(true, 100, [70, 71], loaded(0))).toEqual([...range(0, 1 + PAGES_IN_FLIGHT), 70, 71]);
  });

  it('asks for every page once all are loaded', () => {
    const all = range(0, 12);
    expect(pageIndexes(true, 12, [0, 0], loaded(...all))).toEqual(all);
  });
});

describe('mergeColumns', () => {
  const row = (column: string | null) => ({ row: 1, column, value: null, error: 'e' });

  it('lists the columns of every page once, sorted, without rows that name none', () => {
    const page0 = [row('email'), row('age'), row(null)];
    const page1 = [row('name'), row('email')];
    expect(mergeColumns([page0, page1])).toEqual(['age', 'email', 'name']);
    expect(mergeColumns([page1])).toEqual(['email', 'name']);
    expect(mergeColumns([])).toEqual([]);
  });
});
