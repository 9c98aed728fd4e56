import type { TimeZoneChoice } from './time-zone';

/**
 * Numbers, sizes and times for people, with the exact value for a tooltip.
 * Pure functions; no React.
 */
/**
 * Intl formatters are built on first use, not as this module loads. The first formatter of
 * the renderer loads ICU's locale data (50–100 ms on the 2-core bench machine); a worker
 * started before the app's modules pays that off the main thread (public/intl-warmup.js), so
 * the page's own formatters take a millisecond or two each.
 */
function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

const integer = onFirstUse(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));

/**
 * 12500 → "12,500"; bigint stays exact: 9007199254740993n → "9,007,199,254,740,993". A number
 * past 2^53 holds no more than its first 16 digits, so it is written in powers of ten rather
 * than in hundreds of made-up ones: 1e300 → "1E300".
 */
export function formatCount(value: number | bigint | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number' && !Number.isFinite(value)) return '—';
  if (typeof value === 'number' && Math.abs(value) > Number.MAX_SAFE_INTEGER) return scientificFormat().format(value);
  return integer().format(value);
}

const compactFormat = onFirstUse(
  () => new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }),
);
const scientificFormat = onFirstUse(
  () => new Intl.NumberFormat('en-US', { notation: 'scientific', maximumFractionDigits: 1 }),
);

/**
 * Short numbers for chart axes: 1.2K, 3M, 1B, 1T; past trillions, where compact notation
 * has no word and would write "1000T", powers of ten: 1E15, 9.2E18.
 */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return Math.abs(value) >= 1e15 ? scientificFormat().format(value) : compactFormat().format(value);
}

/** 1 → "1 run", 12500 → "12,500 runs": a count with its noun, singular or plural ("s" added). */
export function countOf(value: number, noun: string): string {
  return `${formatCount(value)} ${value === 1 ? noun : `${noun}s`}`;
}

/** Exact digits, no grouping: for ids, fingerprints and tooltips. */
export function formatExact(value: number | bigint | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number' && !Number.isFinite(value)) return '—';
  return typeof value === 'bigint' ? value.toString() : integer().format(value).replace(/,/g, '');
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/** 1610612736 → "1.5 GiB"; bigint sizes too, up to EiB. */
export function formatBytes(value: number | bigint | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number' && !Number.isFinite(value)) return '—';
  let big = typeof value === 'bigint' ? value : BigInt(Math.round(value));
  const negative = big < 0n;
  if (negative) big = -big;
  let unit = 0;
  while (unit < UNITS.length - 1 && big >= 1024n ** BigInt(unit + 1)) unit += 1;
  const divisor = 1024n ** BigInt(unit);
  // Keep one decimal without going through a lossy double for the integer part.
  const tenths = (big * 10n + divisor / 2n) / divisor;
  const whole = tenths / 10n;
  const fraction = tenths % 10n;
  const text =
    unit === 0 ? big.toString() : fraction === 0n || whole >= 100n ? whole.toString() : `${whole}.${fraction}`;
  return `${negative ? '-' : ''}${unit === 0 ? text : text} ${UNITS[unit]}`;
}

/** round(100 × part / whole); 0 when whole is 0 or either is not a finite number; clamped to 0–100. */
export function percent(part: number, whole: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((100 * part) / whole)));
}

/** 45200 → "45s", 3723000 → "1h 2m 3s", 0 → "0s". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return '—';
  const total = Math.floor(ms / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return `${days}d ${hours}h ${minutes}m`;
  if (hours > 0) return `${hours}h ${minutes}m ${seconds}s`;
  if (minutes > 0) return `${minutes}m ${seconds}s`;
  return `${seconds}s`;
}

const relative = onFirstUse(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }));
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "3 minutes ago", "in 2 hours"; "—" for a missing or unparseable time. */
function formatRelative(iso: string | null | undefined, now: number): string {
  const time = parseTime(iso);
  if (time === null) return iso ? iso : '—';
  const diff = time - now;
  for (const [unit, size] of STEPS) {
    if (Math.abs(diff) >= size || unit === 'second') {
      return relative().format(Math.round(diff / size), unit);
    }
  }
  return '—';
}

/** Up to this far ahead of the browser's clock, a time that has passed is the two clocks disagreeing. */
export const CLOCK_SKEW_MS = 2 * 60_000;

/**
 * When something happened (a run started or ended, a pipeline was deployed): "3 minutes ago".
 * The API's clock and the browser's can disagree, which would read "started in 26 seconds":
 * up to CLOCK_SKEW_MS ahead it reads "now", further ahead the exact time, since no relative
 * phrase is then true.
 */
export function formatHappened(iso: string | null | undefined, now: number, zone: TimeZoneChoice): string {
  const time = parseTime(iso);
  if (time === null || time <= now) return formatRelative(iso, now);
  return time - now <= CLOCK_SKEW_MS ? formatRelative(iso, time) : formatExactTime(time, zone);
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per shape and zone: Intl formatters are costly to build, and times are formatted per poll. */
function timeFormat(shape: 'exact' | 'clock' | 'day', zone: TimeZoneChoice): Intl.DateTimeFormat {
  const key = `${shape}|${zone}`;
  let format = timeFormats.get(key);
  if (!format) {
    const timeZone = zone === 'utc' ? 'UTC' : undefined;
    const options: Intl.DateTimeFormatOptions =
      shape === 'exact'
        ? { dateStyle: 'medium', timeStyle: 'long', timeZone }
        : shape === 'clock'
          ? { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }
          : { day: 'numeric', month: 'short', year: 'numeric', timeZone };
    format = new Intl.DateTimeFormat('en-GB', options);
    timeFormats.set(key, format);
  }
  return format;
}

/** The exact time for a tooltip, in the chosen zone and naming it: "30 Mar 2026, 10:00:05 UTC". */
export function formatExactTime(at: string | number | null | undefined, zone: TimeZoneChoice): string {
  const time = typeof at === 'number' ? (Number.isFinite(at) ? at : null) : parseTime(at);
  return time === null ? String(at ?? '—') : timeFormat('exact', zone).format(time);
}

/**
 * A time of day for log lines, chart axes and banners: "10:00:05", with the day in front
 * ("29 Nov 2026 10:00:05") when it is not today in the chosen zone.
 */
export function formatClockTime(ms: number, zone: TimeZoneChoice, now: number = Date.now()): string {
  if (!Number.isFinite(ms)) return '—';
  const clock = timeFormat('clock', zone).format(ms);
  const day = timeFormat('day', zone);
  const date = day.format(ms);
  return date === day.format(now) ? clock : `${date} ${clock}`;
}

/** How a label names the zone times are shown in: "UTC", or "local time (CET)". */
export function describeTimeZone(zone: TimeZoneChoice, at: number = Date.now()): string {
  return zone === 'utc' ? 'UTC' : `local time (${timeZoneName(zone, at)})`;
}

/** The zone's short name as the exact times write it: "UTC", "CET", "GMT-5". */
export function timeZoneName(zone: TimeZoneChoice, at: number = Date.now()): string {
  return (
    timeFormat('exact', zone)
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? (zone === 'utc' ? 'UTC' : 'local')
  );
}

export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}
