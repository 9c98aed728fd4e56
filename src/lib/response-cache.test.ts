import {
  MAX_BODY_CHARS,
  MAX_ENTRIES,
  clearResponseCache,
  getCachedResponse,
  responseCacheKey,
  responseCacheSize,
  setCachedResponse,
} from './response-cache';

const answer = (etag: string) => ({ etag, status: 200, value: { etag } });

describe('the response cache', () => {
  afterEach(() => clearResponseCache());

  it('keys by schema, authorization and URL', () => {
    const a = {};
    const b = {};
    expect(responseCacheKey(a, 'Bearer x', '/p')).toBe(responseCacheKey(a, 'Bearer x', '/p'));
    expect(responseCacheKey(a, 'Bearer x', '/p')).not.toBe(responseCacheKey(b, 'Bearer x', '/p'));
    expect(responseCacheKey(a, 'Bearer x', '/p')).not.toBe(responseCacheKey(a, 'Bearer y', '/p'));
    expect(responseCacheKey(a, 'Bearer x', '/p')).not.toBe(responseCacheKey(a, 'Bearer x', '/p?q=1'));
  });

  it(`holds at most ${MAX_ENTRIES} answers, dropping the least recently used`, () => {
    for (let i = 0; i < MAX_ENTRIES; i += 1) setCachedResponse(`k${i}`, answer(`${i}`), 10);
    expect(getCachedResponse('k0')?.etag).toBe('0'); // used: now the newest
    setCachedResponse('extra', answer('x'), 10);
    expect(responseCacheSize().entries).toBe(MAX_ENTRIES);
    expect(getCachedResponse('k1')).toBeUndefined();
    expect(getCachedResponse('k0')?.etag).toBe('0');
    expect(getCachedResponse('extra')?.etag).toBe('x');
  });

  it('drops the oldest answers once their bodies weigh too much, and never keeps one too big alone', () => {
    const third = Math.floor(MAX_BODY_CHARS / 3);
    setCachedResponse('a', answer('a'), third);
    setCachedResponse('b', answer('b'), third);
    setCachedResponse('c', answer('c'), third);
    setCachedResponse('d', answer('d'), third);
    expect(getCachedResponse('a')).toBeUndefined();
    expect(responseCacheSize()).toEqual({ entries: 3, chars: 3 * third });
    setCachedResponse('huge', answer('h'), MAX_BODY_CHARS + 1);
    expect(getCachedResponse('huge')).toBeUndefined();
    expect(responseCacheSize().entries).toBe(3);
  });

  it('replaces an answer for the same key without counting it twice', () => {
    setCachedResponse('a', answer('1'), 100);
    setCachedResponse('a', answer('2'), 40);
    expect(getCachedResponse('a')?.etag).toBe('2');
    expect(responseCacheSize()).toEqual({ entries: 1, chars: 40 });
  });
});
