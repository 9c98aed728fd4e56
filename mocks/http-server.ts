import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { handlers } from './handlers';

/**
 * The demo API over real HTTP (`npm run api`), for curl, the production build, e2e tests
 * and benchmarks: the same MSW handlers, answered through msw's getResponse.
 */
const CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Accept, If-None-Match',
  'Access-Control-Expose-Headers': 'Content-Disposition, ETag',
  'Access-Control-Max-Age': '600',
};

async function toRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' || chunks.length === 0 ? undefined : Buffer.concat(chunks);
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method, headers, body });
}

function notFound(req: IncomingMessage): { status: number; headers: Record<string, string>; body: Buffer } {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const body = {
    message: `No such endpoint: ${req.method} ${path}`,
    error_code: 'NotFound',
    details: { method: req.method, path },
  };
  return { status: 404, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(body)) };
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS).end();
    return;
  }
  const request = await toRequest(req);
  const response = await getResponse(handlers, request);
  if (response?.type === 'error') {
    // A dropped connection: the client sees a network error, not an HTTP answer.
    req.socket.destroy();
    return;
  }
  const answer = response
    ? {
        status: response.status,
        headers: headerRecord(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      }
    : notFound(req);
  const headers: Record<string, string> = { ...answer.headers, ...CORS, 'Cache-Control': 'no-cache' };
  if (req.method === 'GET' && answer.status === 200 && (headers['content-type'] ?? '').includes('json')) {
    const etag = `"${createHash('sha1').update(answer.body).digest('base64url')}"`;
    headers.ETag = etag;
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      delete headers['content-type'];
      res.writeHead(304, headers).end();
      return;
    }
  }
  headers['content-length'] = String(answer.body.length);
  res.writeHead(answer.status, headers).end(answer.body);
}

export function startDemoHttpServer(
  options: { port?: number; host?: string } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const body = JSON.stringify({
        message: `Demo API failure: ${String(error)}`,
        error_code: 'DemoApiCrash',
        details: {},
      });
      if (!res.headersSent) res.writeHead(500, { ...CORS, 'content-type': 'application/json' });
      res.end(body);
    });
  });
  // Node closes an idle keep-alive connection after 5 s; a client that sends on it at that
  // moment gets ECONNRESET (the final CI lost a fault-matrix test to it: "socket hang up" on
  // POST /__demo/faults). Idle connections stay open a minute, longer than any test's pause.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        url: `http://localhost:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startDemoHttpServer({ port: Number(process.env.PORT ?? 8787) });
  console.log(`Pipewatch demo API on ${url} (tokens: demo-admin, demo-editor, demo-viewer; see mocks/README.md)`);
}
