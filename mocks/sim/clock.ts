/**
 * The demo clock. It lives in the present: demo time starts at the real time (to the second)
 * of the first reading after reset, the demo's epoch, and runs at `speed` × real time from
 * there. The fixtures are placed relative to the epoch, so the newest activity is seconds
 * to minutes old whenever the demo starts. The simulator reads nothing else, so a given
 * demo time always gives the same answers.
 */

/** The seeds' own "now": their examples describe 2026-03-30 around noon UTC. */
export const SEED_EPOCH = Date.parse('2026-03-30T12:00:00Z');

interface Anchor {
  /** Demo time at the first reading after reset. */
  epoch: number;
  real: number;
  demo: number;
}

/** Null until the first reading after reset, so demo time starts with the first request. */
let anchor: Anchor | null = null;
let speed = 1;

function anchored(): Anchor {
  if (anchor) return anchor;
  const real = Date.now();
  const epoch = Math.floor(real / 1000) * 1000;
  anchor = { epoch, real, demo: epoch };
  return anchor;
}

/** Demo time at the start (reset) of this demo: where the fixtures' "now" is. */
export function demoEpoch(): number {
  return anchored().epoch;
}

export function demoNow(): number {
  const { real, demo } = anchored();
  return Math.floor(demo + (Date.now() - real) * speed);
}

export function clockSpeed(): number {
  return speed;
}

/** Changes the speed from now on (0 freezes the clock, useful in tests). */
export function setClockSpeed(next: number): void {
  const demo = demoNow();
  anchor = { ...anchored(), real: Date.now(), demo };
  speed = next;
}

export function advanceClock(ms: number): void {
  const demo = demoNow() + ms;
  anchor = { ...anchored(), real: Date.now(), demo };
}

export function resetClock(): void {
  anchor = null;
  speed = 1;
}

/**
 * A time the seeds write ("2026-03-30T10:00:00Z"), moved into this demo: as long before the
 * demo's epoch as it was before SEED_EPOCH. Seed values that matter (ids, counts, messages)
 * stay verbatim; their dates follow the demo.
 */
export function fromSeed(iso: string, epoch: number): number {
  return Date.parse(iso) - SEED_EPOCH + epoch;
}

/** ISO time to the second, as the seeds write it ("2026-03-30T12:00:00Z"). */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
