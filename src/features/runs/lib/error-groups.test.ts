import { countErrorGroups, createGroupTally, groupsByColumn, mergeErrorGroups } from './error-groups';

const row = (column: string | null, error: string | null) => ({ column, error });

describe('error groups', () => {
  it('counts by column and message, largest first, ties by column then message', () => {
    const groups = mergeErrorGroups([
      countErrorGroups([
        row('email', 'Invalid email format'),
        row('age', 'Expected integer'),
        row('email', 'Invalid email format'),
        row('age', 'Too large'),
      ]),
    ]);
    expect(groups).toEqual([
      { column: 'email', error: 'Invalid email format', count: 2 },
      { column: 'age', error: 'Expected integer', count: 1 },
      { column: 'age', error: 'Too large', count: 1 },
    ]);
  });

  it('keeps markup, formulas, right-to-left text and 10,000-character strings verbatim, each its own group', () => {
    const long = 'x'.repeat(9_999) + 'y';
    const alsoLong = 'x'.repeat(10_000);
    const hostile = [
      row('<img src=x onerror=alert(1)>', '<script>alert("x")</script>'),
      row('=HYPERLINK("http://evil.example","Click")', '+1'),
      row('\u200Fישראל', 'קוד מדינה לא ידוע'),
      row(long, long),
      row(alsoLong, long),
      row(long, long),
    ];
    const groups = mergeErrorGroups([countErrorGroups(hostile)]);
    expect(groups[0]).toEqual({ column: long, error: long, count: 2 });
    expect(groups).toContainEqual({
      column: '<img src=x onerror=alert(1)>',
      error: '<script>alert("x")</script>',
      count: 1,
    });
    expect(groups).toContainEqual({ column: '=HYPERLINK("http://evil.example","Click")', error: '+1', count: 1 });
    expect(groups).toContainEqual({ column: '\u200Fישראל', error: 'קוד מדינה לא ידוע', count: 1 });
    expect(groups).toContainEqual({ column: alsoLong, error: long, count: 1 });
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(hostile.length);
  });

  it('counts a missing column or message as the empty group, apart from a column named "null"', () => {
    const groups = mergeErrorGroups([countErrorGroups([row(null, null), row('', ''), row('null', 'null')])]);
    expect(groups).toEqual([
      { column: '', error: '', count: 2 },
      { column: 'null', error: 'null', count: 1 },
    ]);
  });

  it('adds up pages; a page sent again replaces its earlier counts', () => {
    const tally = createGroupTally();
    tally.set(0, [row('a', 'x'), row('a', 'x')]);
    tally.set(1_000, [row('b', 'y')]);
    expect(tally.result()).toEqual({
      groups: [
        { column: 'a', error: 'x', count: 2 },
        { column: 'b', error: 'y', count: 1 },
      ],
      counted: 3,
    });
    tally.set(0, [row('a', 'x'), row('a', 'x'), row('b', 'y'), row('b', 'y')]);
    expect(tally.result()).toEqual({
      groups: [
        { column: 'b', error: 'y', count: 3 },
        { column: 'a', error: 'x', count: 2 },
      ],
      counted: 5,
    });
  });

  it('puts groups under their columns with each column’s share, never above 1, 0 of nothing', () => {
    const groups = [
      { column: 'email', error: 'Invalid', count: 6 },
      { column: 'age', error: 'Expected integer', count: 3 },
      { column: 'email', error: 'Required', count: 1 },
    ];
    expect(groupsByColumn(groups, 10)).toEqual([
      { column: 'email', count: 7, share: 0.7, groups: [groups[0], groups[2]] },
      { column: 'age', count: 3, share: 0.3, groups: [groups[1]] },
    ]);
    // A total that lags the groups (a live count, an API that sent 0) cannot make a share above 1.
    expect(groupsByColumn(groups, 0).map((c) => c.share)).toEqual([0.7, 0.3]);
    expect(groupsByColumn([], 0)).toEqual([]);
  });
});
