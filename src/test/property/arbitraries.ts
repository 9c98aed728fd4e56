import { fc } from './fc';

/** An unbroken string that would push any box off screen unless it wraps or truncates. */
export const LONG_STRING = `${'W'.repeat(5_000)}${'é'.repeat(4_999)}!`;

/** Strings an API relays from its sources, chosen to break naive rendering, CSV export or layout. */
export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://evil.example","click")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+1+1',
  '-2-2',
  '\t=1+1',
  '\u202Egnp.exe\u202C',
  'abc\u200Bdef\u200Fghi',
  'line one\nline two\r\nline three',
  '👩‍👩‍👧‍👦 🏳️‍🌈 ✔️',
  '"double" \'single\' `back`',
  '{{constructor.constructor("alert(1)")()}}',
  '   ',
  '',
  LONG_STRING,
] as const;

/** Words a page prints only when its own maths or formatting broke; data never holds them here, so the page cannot blame the data. */
export const BROKEN_WORDS = /NaN|undefined|Infinity/;

const hostileText = (samples: readonly string[]) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...samples) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 20 }) },
    )
    .filter((s) => !BROKEN_WORDS.test(s));

/** Hostile samples first (fast-check shrinks towards them), then arbitrary text of every kind. */
export const hostileString = hostileText(HOSTILE_STRINGS);

/** The same without the 10,000-character sample: for 10,000-item bodies, which would otherwise weigh gigabytes. */
export const shortHostileString = hostileText(HOSTILE_STRINGS.filter((s) => s !== LONG_STRING));

export type TextArbitrary = typeof hostileString;

/** Identifiers: hostile too (they end up in URLs, copy buttons and titles), but never empty. */
export const idString = fc
  .oneof(
    fc.constantFrom('run_001', 'a b/c?d#e', '<img src=x onerror=alert(1)>', '\u202Eevil', '../..', '👀'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }),
  )
  .filter((s) => !BROKEN_WORDS.test(s));

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Counts as the wire may carry them: zero, negative, 2^53 + 1 and int64 max (exact, as bigint), ordinary numbers. */
export const wireCount = fc.oneof(
  fc.constantFrom<number | bigint>(0, -1, -12_500, 2n ** 53n + 1n, INT64_MAX, Number.MAX_SAFE_INTEGER),
  fc.nat({ max: 1_000_000 }),
  fc.integer({ min: -1_000_000, max: -1 }),
);

/** int64 / uint64 fields (checkpoints): every one may exceed 2^53. */
export const wireInt64 = fc.oneof(
  fc.constantFrom<number | bigint>(0, -1, 2n ** 53n + 1n, INT64_MAX, UINT64_MAX, -INT64_MAX - 1n),
  fc.bigInt({ min: -INT64_MAX - 1n, max: UINT64_MAX }),
  fc.integer(),
);

/** Known values and values this build has never heard of. */
export function enumValue(known: readonly string[], text: TextArbitrary = hostileString) {
  return fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: text });
}

/** Times: ISO strings around now, far away, and strings that are no time at all. */
export function wireTime(text: TextArbitrary = hostileString) {
  return fc.oneof(
    fc
      .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.constantFrom('2026-03-30T12:00:00Z', 'not a time', '', '0000-00-00T00:00:00Z'),
    text,
  );
}

/** An optional field of a tolerant schema: present, null or absent (fc.record drops it). */
export function nullable<T>(arbitrary: fc.Arbitrary<T>) {
  return fc.option(arbitrary, { nil: null, freq: 4 });
}
