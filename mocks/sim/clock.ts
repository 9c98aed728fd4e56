/**
 * The demo clock. Demo time starts at DEMO_EPOCH at the first request after reset and runs at `speed` × real
 * time; the simulator reads nothing else, so a given demo time always gives the same answers.
 */
export const DEMO_EPOCH = Date.parse('2026-03-30T12:00:00Z');

/** Real time of the anchor; null until the first reading after reset, so demo time starts with the first request. */
let anchorReal: number | null = null;
let anchorDemo = DEMO_EPOCH;
let speed = 1;

export function demoNow(): number {
  anchorReal ??= Date.now();
  return Math.floor(anchorDemo + (Date.now() - anchorReal) * speed);
}

export function clockSpeed(): number {
  return speed;
}

/** Changes the speed from now on (0 freezes the clock, useful in tests). */
export function setClockSpeed(next: number): void {
  anchorDemo = demoNow();
  anchorReal = Date.now();
  speed = next;
}

export function advanceClock(ms: number): void {
  anchorDemo = demoNow() + ms;
  anchorReal = Date.now();
}

export function resetClock(): void {
  anchorReal = null;
  anchorDemo = DEMO_EPOCH;
  speed = 1;
}

/** ISO time to the second, as the seeds write it ("2026-03-30T12:00:00Z"). */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
