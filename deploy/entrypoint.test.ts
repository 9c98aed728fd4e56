import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { securityHeaders } from '../scripts/security-headers';

/**
 * deploy/entrypoint.sh without a real nginx: the bad values must stop it before nginx is
 * looked for, and the files it writes are checked with a stand-in nginx that records how it
 * was called. The real nginx serves the e2e project "nginx" (e2e/nginx.spec.ts).
 */
const ENTRYPOINT = resolve(import.meta.dirname, 'entrypoint.sh');

let root: string;
let dist: string;
let runDir: string;
let fakeNginx: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pipewatch-entrypoint-'));
  dist = join(root, 'dist');
  runDir = join(root, 'run');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  // Records its arguments; `-t` fails when FAKE_NGINX_REJECTS is set, as nginx does on a bad configuration.
  fakeNginx = join(root, 'nginx');
  writeFileSync(
    fakeNginx,
    '#!/bin/sh\necho "$@" >> "$(dirname "$0")/calls"\n' +
      'if [ "$1" = -t ] && [ -n "${FAKE_NGINX_REJECTS:-}" ]; then echo "nginx: [emerg] host not found" >&2; exit 1; fi\n',
  );
  chmodSync(fakeNginx, 0o755);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function entrypoint(env: Record<string, string>) {
  const result = spawnSync('sh', [ENTRYPOINT], {
    env: {
      PATH: process.env.PATH,
      PIPEWATCH_DIST: dist,
      PIPEWATCH_RUN_DIR: runDir,
      PIPEWATCH_NGINX: fakeNginx,
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

const nginxCalls = () => (existsSync(join(root, 'calls')) ? readFileSync(join(root, 'calls'), 'utf8') : '');
const rendered = () => readFileSync(join(runDir, 'nginx.conf'), 'utf8');

describe('deploy/entrypoint.sh stops on a bad value, naming it, before nginx runs', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['an API address that is not a URL', { PIPEWATCH_API_BASE_URL: 'pipes.example.com' }, /is not a URL/],
    ['an API address with another scheme', { PIPEWATCH_API_BASE_URL: 'ftp://pipes.example.com' }, /is not a URL/],
    ['an API address with a space', { PIPEWATCH_API_BASE_URL: 'https://pipes.example.com/my api' }, /contains a space/],
    [
      'an API address smuggling a CSP directive',
      { PIPEWATCH_API_BASE_URL: "https://pipes.example.com;script-src:'unsafe-inline'" },
      /is not a URL/,
    ],
    [
      'an API address over two lines',
      { PIPEWATCH_API_BASE_URL: 'https://a.example.com\nhttps://b' },
      /contains a space/,
    ],
    ['an upstream without a scheme', { PIPEWATCH_API_UPSTREAM: 'api.internal:8080' }, /is not an origin/],
    ['an upstream with a path', { PIPEWATCH_API_UPSTREAM: 'http://api.internal:8080/v1' }, /is not an origin/],
    ['a port that is a word', { PIPEWATCH_PORT: 'http' }, /is not a port number/],
    ['port 0', { PIPEWATCH_PORT: '0' }, /is not a port number/],
    ['a port above 65535', { PIPEWATCH_PORT: '65536' }, /is not a port number/],
    ['a build path with a space', { PIPEWATCH_DIST: '/srv/pipe watch' }, /contains a space/],
    ['a build path with a quote', { PIPEWATCH_DIST: '/srv/pipe"watch' }, /has a character/],
    ['a build folder that does not exist', { PIPEWATCH_DIST: '/nonexistent/pipewatch' }, /is not a folder/],
    ['a run folder path with a space', { PIPEWATCH_RUN_DIR: '/tmp/pipe watch' }, /contains a space/],
  ];

  it.each(cases)('%s', (_title, env, message) => {
    const [name, value] = Object.entries(env)[0]!;
    const { status, stderr } = entrypoint(env);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(`${name}="${value}"`);
    expect(nginxCalls()).toBe('');
    expect(existsSync(join(runDir, 'config.json'))).toBe(false);
  });

  it('a build folder without index.html', () => {
    rmSync(join(dist, 'index.html'));
    const { status, stderr } = entrypoint({});
    expect(status).toBe(2);
    expect(stderr).toMatch(/PIPEWATCH_DIST=".*" has no index.html/);
  });

  it('a run folder that is a file', () => {
    writeFileSync(join(root, 'file'), '');
    const { status, stderr } = entrypoint({ PIPEWATCH_RUN_DIR: join(root, 'file') });
    expect(status).toBe(2);
    expect(stderr).toMatch(/PIPEWATCH_RUN_DIR=".*" is not a writable folder/);
  });

  it('no nginx to be found', () => {
    const { status, stderr } = entrypoint({ PIPEWATCH_NGINX: join(root, 'no-nginx') });
    expect(status).toBe(2);
    expect(stderr).toContain('nginx not found');
  });
});

describe('deploy/entrypoint.sh writes the configuration and starts nginx on it', () => {
  it('checks the configuration first, then starts nginx in the run folder', () => {
    expect(entrypoint({}).status).toBe(0);
    const conf = join(runDir, 'nginx.conf');
    expect(nginxCalls().trim().split('\n')).toEqual([
      `-t -q -p ${runDir}/ -c ${conf} -e stderr`,
      `-p ${runDir}/ -c ${conf} -e stderr`,
    ]);
  });

  it('stops with exit code 1 when nginx rejects the configuration, and does not start it', () => {
    const { status, stderr } = entrypoint({ FAKE_NGINX_REJECTS: '1' });
    expect(status).toBe(1);
    expect(stderr).toContain('nginx: [emerg] host not found');
    expect(stderr).toContain('nginx rejected the configuration');
    expect(nginxCalls().trim().split('\n')).toHaveLength(1);
  });

  it('without settings: the demo API, no proxy, port 8080, every placeholder filled', () => {
    entrypoint({});
    expect(JSON.parse(readFileSync(join(runDir, 'config.json'), 'utf8'))).toEqual({});
    expect(rendered()).not.toContain('@PIPEWATCH_');
    expect(rendered()).toContain('listen 8080;');
    expect(rendered()).toContain(`root ${dist};`);
    expect(rendered()).toContain("connect-src 'self';");
    expect(rendered()).not.toContain('proxy_pass');
    expect(rendered()).toMatch(/location ~ \^\/\(api\|v0\|v1\)\/ \{\s*return 404;/);
  });

  it('an API on another origin: config.json names it and the CSP may connect to its origin only', () => {
    entrypoint({ PIPEWATCH_API_BASE_URL: 'https://pipes.example.com:8443/pipewatch', PIPEWATCH_PORT: '9000' });
    expect(JSON.parse(readFileSync(join(runDir, 'config.json'), 'utf8'))).toEqual({
      apiBaseUrl: 'https://pipes.example.com:8443/pipewatch',
    });
    expect(rendered()).toContain("connect-src 'self' https://pipes.example.com:8443;");
    expect(rendered()).toContain('listen 9000;');
  });

  it('an upstream: /api/, /v0/ and /v1/ are proxied to it and the app calls its own origin', () => {
    entrypoint({ PIPEWATCH_API_UPSTREAM: 'http://api.internal:8080/' });
    expect(JSON.parse(readFileSync(join(runDir, 'config.json'), 'utf8'))).toEqual({ apiBaseUrl: '/' });
    expect(rendered()).toContain('proxy_pass http://api.internal:8080; # api-proxy');
    expect(rendered()).not.toContain('return 404');
    expect(rendered()).toContain("connect-src 'self';");
  });

  it('the rendered headers are the ones `npm run preview` sends for the same API', () => {
    entrypoint({ PIPEWATCH_API_BASE_URL: 'https://pipes.example.com' });
    const connectSrc = "'self' https://pipes.example.com";
    expect(securityHeaders(connectSrc, rendered())).toEqual(securityHeaders(connectSrc));
  });
});

describe('the headers in deploy/nginx.conf', () => {
  it('are all found, with a strict CSP', () => {
    const headers = securityHeaders("'self'");
    expect(Object.keys(headers).sort()).toEqual([
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
    ]);
    expect(headers['Content-Security-Policy']).toContain("script-src 'self';");
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['Content-Security-Policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
