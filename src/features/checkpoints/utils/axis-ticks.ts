/**
 * Axis ticks. A logarithmic axis done by hand (recharts' own log scale draws nothing in some
 * versions): values are projected to "units" of the base, so with base 1024 one unit
 * is one step KiB → MiB → GiB, with base 1000 one step K → M → B, and ticks fall on
 * whole units, which format as round numbers.
 */
export function toUnits(value: number | null, base: number): number | null {
  return value === null || value <= 0 ? null : Math.log(value) / Math.log(base);
}

export function fromUnits(units: number, base: number): number {
  return base ** units;
}

const MAX_TICKS = 6;

export interface LogAxis {
  domain: [number, number];
  ticks: number[];
}

/**
 * From the whole unit below the smallest value to the largest value itself (a tick
 * above the data would read "1024 EiB"), with ticks on whole units, six at most.
 */
export function logAxis(units: readonly (number | null)[]): LogAxis {
  const known = units.filter((u): u is number => u !== null);
  if (known.length === 0) return { domain: [0, 1], ticks: [] };
  const low = Math.floor(Math.min(...known));
  const high = Math.max(...known);
  const step = Math.max(1, Math.ceil((Math.floor(high) - low) / (MAX_TICKS - 1)));
  const ticks: number[] = [];
  for (let tick = low; tick <= high; tick += step) ticks.push(tick);
  return { domain: [low, high], ticks };
}

const NICE_STEPS = [0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500];

/**
 * Ticks for a linear bytes axis that read as round sizes (512 MiB, 1 GiB, 1.5 GiB)
 * rather than round byte counts (333 MiB, 667 MiB): about four steps, in the binary
 * unit of the largest value.
 */
export function byteTicks(max: number): number[] {
  if (!(max > 0)) return [0];
  const unit = 1024 ** Math.max(0, Math.floor(Math.log(max) / Math.log(1024)));
  const step = (NICE_STEPS.find((s) => s >= max / unit / 4) ?? 1_000) * unit;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}
