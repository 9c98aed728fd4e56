import type * as z from 'zod/mini';
import { ApiError } from './api-error';
import { apiUrl } from './config';
import { decodeBody, type Decoded } from './body-decoding';
import { parseJson } from './json';
import { OFF_THREAD_CHARS, type OffThreadDecoder } from './off-thread-decoding';
import {
  clearResponseCache,
  forgetCachedResponse,
  getCachedResponse,
  responseCacheKey,
  setCachedResponse,
  type CachedResponse,
} from './response-cache';
import { errorBodySchema } from './schema';
import { getToken, subscribeToken } from './session';

/**
 * The one way to call the API. It adds the bearer token, parses JSON losslessly,
 * validates the body against its schema and turns every failure into an ApiError.
 * It has no side effects beyond the request: toasts and sign-out on 401 live in the
 * QueryCache / MutationCache callbacks. GETs revalidate by ETag themselves (response-cache.ts):
 * an unchanged answer is the same object as last time.
 */
export interface ApiRequest<S extends z.ZodMiniType> {
  method?: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined>;
  schema: S;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
  /** Where a long body is read and validated instead of the main thread (off-thread-decoding.ts). */
  offThread?: OffThreadDecoder<z.output<S>>;
}

export interface ApiResult<T> {
  data: T;
  status: number;
  headers: Headers;
}

const TIMEOUT_MS = 20_000;

// Another user must not be handed this user's answers, not even from memory.
subscribeToken(clearResponseCache);

export function buildPath(path: string, query?: Record<string, string | number | undefined>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function apiSend<S extends z.ZodMiniType>(req: ApiRequest<S>): Promise<ApiResult<z.output<S>>> {
  const method = req.method ?? 'GET';
  const endpoint = `${method} ${req.path}`;
  const path = buildPath(req.path, req.query);
  const headers = authorized({ Accept: 'application/json', ...jsonBodyHeaders(req.body), ...req.headers });
  const cacheKey = method === 'GET' ? responseCacheKey(req.schema, headers.get('Authorization'), path) : null;
  const cached = cacheKey === null ? undefined : getCachedResponse(cacheKey);
  const send = (revalidate: CachedResponse | undefined) =>
    rawFetch(endpoint, path, {
      method,
      headers: conditional(headers, revalidate),
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: req.signal,
      // The browser's cache would answer a 304 with its own copy of the body, to be parsed again.
      cache: revalidate ? 'no-store' : undefined,
    });
  let res = await send(cached);
  if (res.status === 304) {
    if (cached) return { data: cached.value as z.output<S>, status: cached.status, headers: res.headers };
    // Not Modified, to a request that named no version: a cache on the way is confused. Ask plainly.
    res = await send(undefined);
    if (res.status === 304) throw notModifiedTwice(endpoint);
  }
  const text = await readText(endpoint, res);
  if (cacheKey !== null) forgetCachedResponse(cacheKey);
  if (!res.ok) throw httpError(endpoint, res.status, text);
  const decoded = await decode(text, req);
  if (!decoded.ok) throw new ApiError({ kind: 'malformed', endpoint, status: res.status, problem: decoded.problem });
  const etag = res.headers.get('ETag');
  if (cacheKey !== null && etag) {
    setCachedResponse(cacheKey, { etag, status: res.status, value: decoded.value }, text.length);
  }
  return { data: decoded.value, status: res.status, headers: res.headers };
}

export async function apiGet<S extends z.ZodMiniType>(
  req: Omit<ApiRequest<S>, 'method' | 'body'>,
): Promise<z.output<S>> {
  return (await apiSend(req)).data;
}

/** A file download (CSV): the body as a Blob and the server's filename. */
export async function apiDownload(req: {
  path: string;
  accept: string;
  signal?: AbortSignal;
}): Promise<{ blob: Blob; filename: string | null; contentType: string }> {
  const endpoint = `GET ${req.path}`;
  const res = await rawFetch(endpoint, req.path, { headers: authorized({ Accept: req.accept }), signal: req.signal });
  if (!res.ok) throw httpError(endpoint, res.status, await readText(endpoint, res));
  const contentType = res.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().includes(req.accept.toLowerCase())) {
    // A proxy's HTML error page must never be saved as the user's CSV.
    throw new ApiError({
      kind: 'malformed',
      endpoint,
      status: res.status,
      problem: `expected ${req.accept} but got ${contentType || 'no content type'}`,
    });
  }
  const blob = await res.blob();
  return { blob, filename: filenameFromContentDisposition(res.headers.get('content-disposition')), contentType };
}

/** The filename of a Content-Disposition header: RFC 6266, `filename*` (RFC 5987) preferred. */
export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star?.[2]) {
    try {
      return sanitizeFilename(decodeURIComponent(star[2].trim().replace(/^"|"$/g, '')));
    } catch {
      /* fall through to the plain filename */
    }
  }
  const quoted = /filename\s*=\s*"((?:\\.|[^"\\])*)"/i.exec(header);
  if (quoted?.[1] !== undefined) return sanitizeFilename(quoted[1].replace(/\\(.)/g, '$1'));
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(header);
  return bare?.[1] ? sanitizeFilename(bare[1]) : null;
}

function sanitizeFilename(name: string): string | null {
  // A server-chosen name must not climb out of the downloads folder.
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base && base !== '.' && base !== '..' ? base : null;
}

function authorized(init: Record<string, string>): Headers {
  const headers = new Headers(init);
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return headers;
}

function conditional(headers: Headers, cached: CachedResponse | undefined): Headers {
  if (!cached) return headers;
  const withVersion = new Headers(headers);
  withVersion.set('If-None-Match', cached.etag);
  return withVersion;
}

function notModifiedTwice(endpoint: string): ApiError {
  return new ApiError({
    kind: 'malformed',
    endpoint,
    status: 304,
    problem: 'it answered 304 Not Modified to a plain GET',
  });
}

async function rawFetch(endpoint: string, path: string, init: RequestInit): Promise<Response> {
  // A page's queries start in React's effects, hundreds of frames deep. The request starts a
  // microtask later, from a short stack: with DevTools recording the network (Lighthouse
  // does), Chromium copies each request's initiator stack, and seven requests from the run
  // page's effects took 50–100 ms of its main thread.
  await Promise.resolve();
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  try {
    return await fetch(apiUrl(path), { ...init, signal });
  } catch (error) {
    if (init.signal?.aborted) throw error; // a cancelled query: let TanStack Query see the abort
    if (timeout.aborted) throw new ApiError({ kind: 'timeout', endpoint });
    throw new ApiError({ kind: 'network', endpoint });
  }
}

async function readText(endpoint: string, res: Response): Promise<string> {
  try {
    return await res.text();
  } catch {
    throw new ApiError({ kind: 'network', endpoint, status: res.status });
  }
}

async function decode<S extends z.ZodMiniType>(text: string, req: ApiRequest<S>): Promise<Decoded<z.output<S>>> {
  const elsewhere = req.offThread && text.length >= OFF_THREAD_CHARS ? await req.offThread(text) : null;
  return elsewhere ?? decodeBody(text, req.schema);
}

function httpError(endpoint: string, status: number, text: string): ApiError {
  let body: z.output<typeof errorBodySchema> = {};
  try {
    const parsed = errorBodySchema.safeParse(parseJson(text));
    if (parsed.success) body = parsed.data;
  } catch {
    /* an error page that is not JSON: the status alone speaks */
  }
  return new ApiError({
    kind: 'http',
    endpoint,
    status,
    errorCode: body.error_code,
    apiMessage: body.message,
    details: body.details,
  });
}

function jsonBodyHeaders(body: unknown): Record<string, string> {
  return body === undefined ? {} : { 'Content-Type': 'application/json' };
}
