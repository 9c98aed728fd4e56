/**
 * The last validated answer per GET URL, token and schema, kept with its ETag. A poll
 * whose data has not changed comes back 304 and gets the very same object again, so the
 * body is neither parsed nor validated, and TanStack Query's structural sharing sees
 * identical data: nothing on the page re-renders.
 *
 * Bounded twice: by entries, and by the size of the bodies they came from (a 2,000-row
 * page of validation errors weighs far more than a status answer).
 */
export interface CachedResponse {
  etag: string;
  status: number;
  value: unknown;
}

interface Entry extends CachedResponse {
  size: number;
}

export const MAX_ENTRIES = 200;
export const MAX_BODY_CHARS = 8_000_000;

const entries = new Map<string, Entry>();
let totalChars = 0;

const schemaIds = new WeakMap<object, number>();
let nextSchemaId = 0;

/**
 * Two callers may ask the same URL for different shapes (a page's full schema, another
 * page's name-only one); each validated value belongs to its schema.
 */
export function responseCacheKey(schema: object, authorization: string | null, url: string): string {
  let id = schemaIds.get(schema);
  if (id === undefined) {
    id = nextSchemaId++;
    schemaIds.set(schema, id);
  }
  return `${id} ${authorization ?? ''} ${url}`;
}

export function getCachedResponse(key: string): CachedResponse | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  // Map order is insertion order: re-inserting marks it as the most recently used.
  entries.delete(key);
  entries.set(key, entry);
  return entry;
}

export function setCachedResponse(key: string, response: CachedResponse, bodyChars: number): void {
  forgetCachedResponse(key);
  if (bodyChars > MAX_BODY_CHARS) return;
  entries.set(key, { ...response, size: bodyChars });
  totalChars += bodyChars;
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES && totalChars <= MAX_BODY_CHARS) break;
    forgetCachedResponse(oldest);
  }
}

/** On sign-out or a change of user: nothing of the last session's answers stays in memory. */
export function clearResponseCache(): void {
  entries.clear();
  totalChars = 0;
}

export function responseCacheSize(): { entries: number; chars: number } {
  return { entries: entries.size, chars: totalChars };
}

export function forgetCachedResponse(key: string): void {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalChars -= entry.size;
}
