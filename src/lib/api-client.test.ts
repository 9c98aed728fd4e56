import { http, HttpResponse, type JsonBodyType } from 'msw';
import * as z from 'zod/mini';
import { server } from '@mocks/node';
import { apiGet, filenameFromContentDisposition } from './api-client';
import { ApiError } from './api-error';
import { OFF_THREAD_CHARS, type OffThreadDecoder } from './off-thread-decoding';
import { responseCacheSize } from './response-cache';
import { clearToken, setToken } from './session';

describe('filenameFromContentDisposition', () => {
  it("reads 001's header", () => {
    expect(filenameFromContentDisposition('attachment; filename="pipeline-run-run_001-errors.csv"')).toBe(
      'pipeline-run-run_001-errors.csv',
    );
  });

  it('reads unquoted names, any case, with other parameters around', () => {
    expect(filenameFromContentDisposition('attachment; filename=errors.csv')).toBe('errors.csv');
    expect(filenameFromContentDisposition('ATTACHMENT; FILENAME="a.csv"; size=10')).toBe('a.csv');
    expect(filenameFromContentDisposition('attachment;filename=b.csv;creation-date="x"')).toBe('b.csv');
  });

  it('prefers the RFC 5987 filename* over the plain one', () => {
    expect(
      filenameFromContentDisposition(
        `attachment; filename="fallback.csv"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%E2%9C%93.csv`,
      ),
    ).toBe('résumé ✓.csv');
    expect(filenameFromContentDisposition(`attachment; filename*=utf-8'en'plain.csv`)).toBe('plain.csv');
  });

  it('falls back to the plain name when filename* is not valid percent-encoding', () => {
    expect(filenameFromContentDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="ok.csv"`)).toBe('ok.csv');
  });

  it('unescapes quoted-pair characters and keeps semicolons inside quotes', () => {
    expect(filenameFromContentDisposition('attachment; filename="say \\"hi\\"; now.csv"')).toBe('say "hi"; now.csv');
  });

  it('never lets a server-chosen name climb out of the downloads folder', () => {
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromContentDisposition('attachment; filename="C:\\\\Windows\\\\evil.bat"')).toBe('evil.bat');
    expect(filenameFromContentDisposition('attachment; filename=".."')).toBeNull();
    expect(filenameFromContentDisposition('attachment; filename="dir/"')).toBeNull();
  });

  it('is null without a header or a name', () => {
    expect(filenameFromContentDisposition(null)).toBeNull();
    expect(filenameFromContentDisposition('')).toBeNull();
    expect(filenameFromContentDisposition('attachment')).toBeNull();
    expect(filenameFromContentDisposition('inline; filename=""')).toBeNull();
  });
});

describe('apiGet revalidating by ETag', () => {
  const URL_ = '/api/v1/things/1';
  const schema = z.object({ name: z.string() });
  /** A server like the demo HTTP one: strong ETags, 304 when the client names the current one. */
  function serve(versions: { etag: string | null; body: JsonBodyType }[]) {
    const seen: (string | null)[] = [];
    let current = 0;
    server.use(
      http.get(URL_, ({ request }) => {
        seen.push(request.headers.get('If-None-Match'));
        const { etag, body } = versions[Math.min(current, versions.length - 1)]!;
        const headers: Record<string, string> = etag ? { ETag: etag } : {};
        if (etag && request.headers.get('If-None-Match') === etag)
          return new HttpResponse(null, { status: 304, headers });
        return HttpResponse.json(body, { headers });
      }),
    );
    return { seen, next: () => (current += 1) };
  }

  beforeEach(() => setToken('demo-admin'));
  afterEach(() => clearToken());

  it('answers an unchanged poll (304) with the very same object, without parsing again', async () => {
    const api = serve([{ etag: '"v1"', body: { name: 'a' } }]);
    const first = await apiGet({ path: URL_, schema });
    const second = await apiGet({ path: URL_, schema });
    expect(second).toBe(first);
    expect(api.seen).toEqual([null, '"v1"']);
  });

  it('parses and validates again when the ETag changed', async () => {
    const api = serve([
      { etag: '"v1"', body: { name: 'a' } },
      { etag: '"v2"', body: { name: 'b' } },
    ]);
    const first = await apiGet({ path: URL_, schema });
    api.next();
    const second = await apiGet({ path: URL_, schema });
    expect(second).toEqual({ name: 'b' });
    expect(second).not.toBe(first);
    expect(await apiGet({ path: URL_, schema })).toBe(second);
    expect(api.seen).toEqual([null, '"v1"', '"v2"']);
  });

  it('behaves as a plain GET when the server sends no ETag', async () => {
    const api = serve([{ etag: null, body: { name: 'a' } }]);
    const first = await apiGet({ path: URL_, schema });
    expect(await apiGet({ path: URL_, schema })).not.toBe(first);
    expect(api.seen).toEqual([null, null]);
  });

  it('asks again plainly when a 304 comes without anything cached, and fails if it comes twice', async () => {
    const seen: (string | null)[] = [];
    let answers = [304, 200];
    server.use(
      http.get(URL_, ({ request }) => {
        seen.push(request.headers.get('If-None-Match'));
        const status = answers.shift() ?? 304;
        return status === 304 ? new HttpResponse(null, { status }) : HttpResponse.json({ name: 'a' });
      }),
    );
    expect(await apiGet({ path: URL_, schema })).toEqual({ name: 'a' });
    expect(seen).toEqual([null, null]);

    answers = [304, 304];
    const error = await apiGet({ path: `${URL_}?again=1`, schema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'malformed', status: 304 });
  });

  it('keeps answers apart per schema, and forgets them all when the token changes', async () => {
    const api = serve([{ etag: '"v1"', body: { name: 'a', extra: 1 } }]);
    const wide = z.object({ name: z.string(), extra: z.number() });
    const narrow = await apiGet({ path: URL_, schema });
    const full = await apiGet({ path: URL_, schema: wide });
    expect(full).toEqual({ name: 'a', extra: 1 });
    expect(narrow).toEqual({ name: 'a' });
    expect(await apiGet({ path: URL_, schema })).toBe(narrow);
    setToken('demo-viewer');
    expect(await apiGet({ path: URL_, schema })).not.toBe(narrow);
    expect(api.seen).toEqual([null, null, '"v1"', null]);
    clearToken(); // signing out leaves no answer of the session in memory
    expect(responseCacheSize().entries).toBe(0);
  });

  it('forgets an answer once the URL fails, and never caches one that did not validate', async () => {
    let status = 200;
    let body: JsonBodyType = { name: 'a' };
    const seen: (string | null)[] = [];
    server.use(
      http.get(URL_, ({ request }) => {
        seen.push(request.headers.get('If-None-Match'));
        return HttpResponse.json(body, { status, headers: { ETag: '"v1"' } });
      }),
    );
    await apiGet({ path: URL_, schema });
    status = 404;
    await expect(apiGet({ path: URL_, schema })).rejects.toMatchObject({ status: 404 });
    status = 200;
    body = { name: 1 };
    await expect(apiGet({ path: URL_, schema })).rejects.toMatchObject({ kind: 'malformed' });
    await expect(apiGet({ path: URL_, schema })).rejects.toMatchObject({ kind: 'malformed' });
    expect(seen).toEqual([null, '"v1"', null, null]);
  });
});

describe('apiGet with an off-thread decoder', () => {
  const URL_ = '/api/v1/things/long';
  const schema = z.object({ rows: z.array(z.string()) });
  const serve = (rows: string[]) => server.use(http.get(URL_, () => HttpResponse.json({ rows })));
  const longRows = Array.from({ length: OFF_THREAD_CHARS / 10 }, (_, i) => `row ${i}`);

  it('hands a long body to it, and takes its verdict', async () => {
    serve(longRows);
    const offThread = vi.fn<OffThreadDecoder<{ rows: string[] }>>(async (text) => ({
      ok: true,
      value: { rows: [`${text.length} chars`] },
    }));
    expect(await apiGet({ path: URL_, schema, offThread })).toEqual({
      rows: [`${JSON.stringify({ rows: longRows }).length} chars`],
    });
    offThread.mockResolvedValueOnce({ ok: false, problem: 'field "rows[3]": broken' });
    await expect(apiGet({ path: URL_, schema, offThread })).rejects.toMatchObject({
      kind: 'malformed',
      message: `The API sent a malformed answer to GET ${URL_}: field "rows[3]": broken.`,
    });
  });

  it('reads a short body itself, and a long one when there is no worker (null)', async () => {
    const offThread = vi.fn(async () => null);
    serve(['a']);
    expect(await apiGet({ path: URL_, schema, offThread })).toEqual({ rows: ['a'] });
    expect(offThread).not.toHaveBeenCalled();
    serve(longRows);
    expect(await apiGet({ path: URL_, schema, offThread })).toEqual({ rows: longRows });
    expect(offThread).toHaveBeenCalledTimes(1);
  });
});
