/**
 * React escapes every string it renders; these are the ways around that, and around the
 * Content-Security-Policy's ban on evaluated code. None may appear in the app's source
 * (tests included: a test that needs one is testing the wrong thing).
 */
const sources = import.meta.glob(['/src/**/*.{ts,tsx}', '/mocks/**/*.ts', '!/src/api/schema.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const THIS_FILE = '/src/test/security/no-raw-html.test.ts';

const FORBIDDEN: [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*\+?=(?!=)/],
  ['insertAdjacentHTML', /insertAdjacentHTML\s*\(/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment\s*\(/],
  ['eval', /(^|[^\w.])eval\s*\(/m],
  ['new Function', /new\s+Function\s*\(/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*['"`]/],
];

describe('no raw HTML and no evaluated code in the source', () => {
  it('reads the whole source tree', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(Object.keys(sources)).toContain('/src/main.tsx');
  });

  it.each(FORBIDDEN)('nothing uses %s', (_name, pattern) => {
    const offenders = Object.entries(sources)
      .filter(([path, text]) => path !== THIS_FILE && pattern.test(text))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });
});
