import type { APIRequestContext } from '@playwright/test';
import { apiUrl } from './lane';

/** One fault switch of the demo API (mocks/README.md): what to break, how, and for which requests. */
export interface DemoFault {
  mode: 'status' | 'slow' | 'malformed' | 'schema' | 'drop';
  /** HTTP status for mode "status", e.g. 503. */
  status?: number;
  /** Delay for mode "slow". */
  delayMs?: number;
  /** Only requests whose path contains this string. */
  match?: string;
  /** Only the next N matching requests. */
  times?: number;
}

async function control(request: APIRequestContext, method: 'POST' | 'DELETE', path: string, data?: object) {
  const res = await request.fetch(`${apiUrl()}${path}`, { method, data });
  if (!res.ok()) throw new Error(`demo API control ${method} ${path} answered ${res.status()}: ${await res.text()}`);
}

/** Back to the fixtures: seeds' data, clock at its start, no faults. */
export function resetDemo(request: APIRequestContext) {
  return control(request, 'POST', '/__demo/reset');
}

export function setFault(request: APIRequestContext, fault: DemoFault) {
  return control(request, 'POST', '/__demo/faults', fault);
}

export function clearFaults(request: APIRequestContext) {
  return control(request, 'DELETE', '/__demo/faults');
}

/** Moves the simulated clock forward at once: runs advance by that much. */
export function advanceClock(request: APIRequestContext, ms: number) {
  return control(request, 'POST', '/__demo/clock', { advanceMs: ms });
}

/** How fast simulated time runs compared with real time (0 stops it). */
export function setClockSpeed(request: APIRequestContext, speed: number) {
  return control(request, 'POST', '/__demo/clock', { speed });
}

/** The API requests the demo received since reset (its request log), as "METHOD /path?query". */
export async function demoRequests(request: APIRequestContext): Promise<string[]> {
  const res = await request.get(`${apiUrl()}/__demo/requests`);
  if (!res.ok()) throw new Error(`demo API control GET /__demo/requests answered ${res.status()}`);
  return ((await res.json()) as { requests: string[] }).requests;
}

export function scaleDemo(request: APIRequestContext, scale: { pipelines?: number; runs?: number }) {
  return control(request, 'POST', '/__demo/scale', scale);
}
