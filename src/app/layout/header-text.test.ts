import { describeInterval } from './polling-control';
import { describeAge } from './updated-ago';

describe('header wording', () => {
  it.each([
    [2_000, 'every 2 s'],
    [5_000, 'every 5 s'],
    [75_000, 'every 75 s'],
    [150_000, 'every 3 min'],
  ])('an interval of %i ms reads "%s"', (ms, text) => {
    expect(describeInterval(ms)).toBe(text);
  });

  it.each([
    [-500, '0 s'],
    [4_900, '4 s'],
    [119_000, '119 s'],
    [600_000, '10 min'],
    [3 * 3_600_000, '3 h'],
  ])('an age of %i ms reads "%s"', (ms, text) => {
    expect(describeAge(ms)).toBe(text);
  });
});
