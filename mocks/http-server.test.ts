import { http, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoHttpServer } from './http-server';
import { resetDemo, server } from './node';

let api: { url: string; close: () => Promise<void> };
const auth = { Authorization: 'Bearer demo-editor' };

beforeAll(async () => {
  api = await startDemoHttpServer({ port: 0 });
});
afterAll(() => api.close());
beforeEach(() => {
  resetDemo();
  // These requests must reach the real socket, not the msw/node interceptor of the test setup.
  server.use(http.all(`${api.url}/*`, () => passthrough()));
});

describe('demo API over HTTP', () => {
  it('answers the retry of run_001 with 201 and the viewer with 403', async () => {
    const url = `${api.url}/api/v1/pipelines/pipe_001/runs/run_001/retry`;
    const res = await fetch(url, { method: 'POST', headers: auth });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id: 'run_002', metadata: { retryOf: 'run_001', resumeFromRow: 32000 } });
    const viewer = await fetch(url, { method: 'POST', headers: { Authorization: 'Bearer demo-viewer' } });
    expect(viewer.status).toBe(403);
  });

  it('answers CORS preflights and exposes the download and cache headers', async () => {
    const res = await fetch(`${api.url}/api/v1/pipelines`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Headers': 'authorization,idempotency-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Headers')).toContain('Idempotency-Key');
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('Content-Disposition');
  });

  it('sends a strong ETag and answers 304 while the body has not changed', async () => {
    const url = `${api.url}/api/v1/pipelines/pipe_001/runs/run_001/progress`;
    const first = await fetch(url, { headers: auth });
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const again = await fetch(url, { headers: { ...auth, 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('answers unknown paths with a 404 error body', async () => {
    const res = await fetch(`${api.url}/nowhere`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error_code: 'NotFound' });
  });

  it('destroys the socket for a dropped-connection fault', async () => {
    await fetch(`${api.url}/__demo/faults`, { method: 'POST', body: JSON.stringify({ mode: 'drop', times: 1 }) });
    await expect(fetch(`${api.url}/api/v1/me`, { headers: auth })).rejects.toThrow();
    expect((await fetch(`${api.url}/api/v1/me`, { headers: auth })).status).toBe(200);
  });
});
