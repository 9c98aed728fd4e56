import { HttpResponse } from 'msw';
import { stringifyJson } from '../../src/lib/json';
import type { Role } from '../fixtures/types';

/** Same error body everywhere: `{ message, error_code, details }`. */
export function errorResponse(
  status: number,
  message: string,
  errorCode: string,
  details: Record<string, unknown> = {},
): Response {
  return HttpResponse.json({ message, error_code: errorCode, details }, { status });
}

export function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status });
}

/** JSON with bigint written as exact digits: JSON.stringify would throw or round int64 fields. */
export function exactJson(body: unknown, status = 200): Response {
  return new HttpResponse(stringifyJson(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export const DEMO_USERS: Record<string, { name: string; role: Role }> = {
  'demo-admin': { name: 'Ada Admin', role: 'admin' },
  'demo-editor': { name: 'Eddie Editor', role: 'editor' },
  'demo-viewer': { name: 'Vera Viewer', role: 'viewer' },
};

export function userOf(request: Request): { name: string; role: Role } | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ? DEMO_USERS[match[1]] : undefined;
}

/**
 * The caller's role, or the 401 / 403 answer to send instead. `action` names what a
 * write needs, for a 403 message a person can act on.
 */
export function authorize(request: Request, write?: { action: string }): Role | Response {
  const user = userOf(request);
  if (!user) {
    return errorResponse(401, 'Missing or unknown API token: send Authorization: Bearer <token>', 'Unauthorized');
  }
  if (write && user.role === 'viewer') {
    return errorResponse(403, `Role 'viewer' may not ${write.action}; it needs the admin or editor role`, 'Forbidden', {
      role: user.role,
      allowedRoles: ['admin', 'editor'],
    });
  }
  return user.role;
}

/** A non-negative integer query parameter, or a 400 answer naming it. */
export function intParam(url: URL, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number | Response {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > max) {
    return errorResponse(400, `Query parameter '${name}' must be an integer from 0 to ${max}`, 'InvalidParameter', {
      [name]: raw,
    });
  }
  return value;
}
