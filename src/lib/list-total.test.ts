import { listTotal } from './list-total';

describe('listTotal', () => {
  it("is the API's count when it covers the rows sent", () => {
    expect(listTotal(50_000, 50)).toBe(50_000);
    expect(listTotal(1e15, 50)).toBe(1e15);
    expect(listTotal(0, 0)).toBe(0);
  });

  it('is never fewer than the rows sent through the end of the page', () => {
    expect(listTotal(2, 3)).toBe(3);
    expect(listTotal(-5, 3)).toBe(3);
    expect(listTotal(undefined, 1_050)).toBe(1_050);
    expect(listTotal(null, 0)).toBe(0);
  });

  it('counts whole rows: a fraction is rounded down, NaN and infinities are no count', () => {
    expect(listTotal(7.9, 3)).toBe(7);
    expect(listTotal(Number.NaN, 3)).toBe(3);
    expect(listTotal(Number.POSITIVE_INFINITY, 3)).toBe(3);
  });
});
