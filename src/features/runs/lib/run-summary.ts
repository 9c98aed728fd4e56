import { formatCount, formatDuration, percent } from '@/lib/format';
import { runStatusLook } from '@/lib/status-tone';

/** round(100 × processed / total) for "Run progress"; 0 when either is missing or total is 0. */
export function runPercent(processedRows: number | undefined, totalRows: number | undefined): number {
  return percent(processedRows ?? 0, totalRows ?? 0);
}

/** A live run whose failed rows reach this share of its processed rows says so in its header. */
export const NOTABLE_FAILED_SHARE = 0.05;

/** The percent of processed rows that failed (20 for "20% of processed rows failed") while a live run fails a notable share of its rows; null otherwise. */
export function failedSharePercent(args: {
  live: boolean;
  processedRows?: number;
  failedRows?: number;
}): number | null {
  const { live, processedRows, failedRows } = args;
  if (!live || !processedRows || !failedRows || failedRows / processedRows < NOTABLE_FAILED_SHARE) return null;
  // Floor, so 4.99 % never reads as the 5 % that triggered the note; a share above 100 % is shown as sent.
  return Math.floor((100 * failedRows) / processedRows);
}

/** "64% · Failed · run_001" (the shell's useDocumentTitle adds the product name). */
export function runDocumentTitle(args: {
  runId: string;
  status?: string;
  processedRows?: number;
  totalRows?: number;
}): string {
  const parts =
    args.status === undefined
      ? []
      : [`${runPercent(args.processedRows, args.totalRows)}%`, runStatusLook(args.status).label];
  return [...parts, args.runId].join(' · ');
}

/** Elapsed time that keeps ticking between polls while the run is live. */
export function liveElapsedMs(args: {
  durationMs?: number;
  receivedAt: number;
  now: number;
  live: boolean;
}): number | undefined {
  if (args.durationMs === undefined) return undefined;
  if (!args.live) return args.durationMs;
  return args.durationMs + Math.max(0, args.now - args.receivedAt);
}

/** "≈ 3m 0s" from an estimate in ms. */
export function formatEstimate(ms: number | null): string | null {
  return ms === null ? null : `≈ ${formatDuration(ms)}`;
}

/** The row a retry resumes from, as the confirmation words it; null for a full re-run. */
export function resumeRowForRetry(loadStrategy: string | undefined, processedRows: number | undefined): number | null {
  if (loadStrategy !== 'append' && loadStrategy !== 'upsert') return null;
  return processedRows ?? 0;
}

/**
 * What the retry confirmation says before a second retry is made: "run_001 was already
 * retried as run_002 (Running). Retrying again makes another run." `retries` oldest first;
 * null when there is none.
 */
export function alreadyRetriedNote(runId: string, retries: readonly { id: string; status: string }[]): string | null {
  const latest = retries[retries.length - 1];
  if (!latest) return null;
  const as = `${latest.id} (${runStatusLook(latest.status).label})`;
  const done =
    retries.length === 1
      ? `${runId} was already retried as ${as}.`
      : `${runId} was already retried ${formatCount(retries.length)} times, most recently as ${as}.`;
  return `${done} Retrying again makes another run.`;
}
