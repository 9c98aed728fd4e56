import { parseJson, stringifyJson } from './json';

describe('parseJson', () => {
  it('keeps integers above 2^53 exact, as bigint', () => {
    expect(parseJson('{"fingerprint": 18446744073709551615, "n": 3}')).toEqual({
      fingerprint: 18446744073709551615n,
      n: 3,
    });
    expect(parseJson('[9007199254740993, -9007199254740993]')).toEqual([9007199254740993n, -9007199254740993n]);
  });

  it('reads numbers that fit a double as numbers, with JSON.parse when no 16-digit run can hide a big one', () => {
    const fast = vi.spyOn(JSON, 'parse');
    const body = '{"a": 900719925474099, "b": 1.5, "c": -2e3, "d": [0, -1]}';
    const expected = { a: 900719925474099, b: 1.5, c: -2000, d: [0, -1] };
    expect(parseJson(body)).toEqual(expected);
    expect(fast).toHaveBeenCalledTimes(1);
    // A long run of digits, even in a string, takes the lossless path: the same values.
    expect(parseJson(body.replace('}', ', "id": "12345678901234567"}'))).toEqual({
      ...expected,
      id: '12345678901234567',
    });
    expect(fast).toHaveBeenCalledTimes(1);
  });

  it('rejects what is not JSON on both paths', () => {
    expect(() => parseJson('{"a": 1')).toThrow();
    expect(() => parseJson('{"a": 12345678901234567')).toThrow();
    expect(() => parseJson('<html>')).toThrow();
  });

  it('round-trips bigint through stringifyJson', () => {
    expect(stringifyJson({ v: 18446744073709551615n })).toBe('{"v":18446744073709551615}');
    expect(parseJson(stringifyJson({ v: 18446744073709551615n }))).toEqual({ v: 18446744073709551615n });
  });
});
