import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Pipewatch's response headers are written once, in deploy/nginx.conf (what production
 * serves); `npm run preview` and the tests read them from there instead of keeping a copy.
 */
export const NGINX_TEMPLATE = resolve(import.meta.dirname, '../deploy/nginx.conf');

/** The placeholder deploy/entrypoint.sh fills with the origins the app may connect to. */
const CONNECT_SRC = '@PIPEWATCH_CONNECT_SRC@';

/**
 * The constant `add_header Name "value" always;` lines of the template, with `connectSrc`
 * (e.g. `'self' https://api.example.com`) in the CSP. Headers built from nginx variables
 * (Cache-Control, which depends on the path) are left out: they are nginx's business.
 */
export function securityHeaders(connectSrc: string, template = readFileSync(NGINX_TEMPLATE, 'utf8')) {
  const headers: Record<string, string> = {};
  for (const [, name, value] of template.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"$]*)"\s+always;\s*$/gm)) {
    if (name && value !== undefined) headers[name] = value.replaceAll(CONNECT_SRC, connectSrc);
  }
  if (!headers['Content-Security-Policy']?.includes(connectSrc))
    throw new Error(`${NGINX_TEMPLATE}: no Content-Security-Policy with ${CONNECT_SRC} found`);
  return headers;
}
