import { type DEMO_USERS } from './handlers/respond';
import { demoEpoch, fromSeed, isoSeconds, setClockSpeed } from './sim/clock';

/** Any origin works: the handlers match API paths on every host. */
export const DEMO_ORIGIN = 'http://demo.test';

type Token = keyof typeof DEMO_USERS;

/** A request to the demo API, as demo-admin unless another token (or none: null) is given. */
export function call(
  path: string,
  init: { token?: Token | string | null; method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = init.token === undefined ? 'demo-admin' : init.token;
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(`${DEMO_ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

export async function callJson<T = Record<string, unknown>>(
  ...args: Parameters<typeof call>
): Promise<{ status: number; body: T }> {
  const res = await call(...args);
  return { status: res.status, body: (await res.json()) as T };
}

/** Stops demo time at its current value (the epoch right after reset), so answers are exact. */
export function freezeClock(): void {
  setClockSpeed(0);
}

/** The demo time `offsetMs` after this demo's epoch (its start), as the API writes times. */
export function demoIso(offsetMs = 0): string {
  return isoSeconds(demoEpoch() + offsetMs);
}

/** A seed's time ("2026-03-30T10:00:00Z") as this demo answers it: moved with the demo's epoch. */
export function seedIso(iso: string): string {
  return isoSeconds(fromSeed(iso, demoEpoch()));
}
