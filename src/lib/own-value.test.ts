import { ownValue } from './own-value';

describe('ownValue', () => {
  const table = { completed: 1, running: 2 };

  it('finds the table’s own entries', () => {
    expect(ownValue(table, 'running')).toBe(2);
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'unknown'])(
    'has nothing for "%s"',
    (key) => {
      expect(ownValue(table, key)).toBeUndefined();
    },
  );
});
