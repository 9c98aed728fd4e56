import { formatCount, percent } from '@/lib/format';

/**
 * Phase maths for 003's response. Pure; the Phases panel only draws what this says.
 */
export interface PhaseCounts {
  phaseId: string;
  name?: string | null;
  scope?: string | null;
  status?: string | null;
  completed: number;
  running: number;
  pending: number;
  errors: number;
}

export const SEGMENTS = ['completed', 'running', 'pending', 'errors'] as const;
export type SegmentKind = (typeof SEGMENTS)[number];

export interface Segment {
  kind: SegmentKind;
  count: number;
  /** Width in % of the bar; the four add up to at most 100. */
  width: number;
}

const nonNegative = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/**
 * The stacked bar of one phase. The bar spans the run's documents, or the phase's own sum
 * when that is larger (the API's counters can overlap while documents move between phases:
 * 003's extraction row adds up to 30 of 24), so no segment ever runs past the end.
 */
export function phaseSegments(phase: PhaseCounts, totalDocuments: number): Segment[] {
  const counts = SEGMENTS.map((kind) => nonNegative(phase[kind]));
  const span = Math.max(
    nonNegative(totalDocuments),
    counts.reduce((a, b) => a + b, 0),
  );
  return SEGMENTS.map((kind, i) => {
    const count = counts[i] ?? 0;
    return { kind, count, width: span === 0 ? 0 : (100 * count) / span };
  });
}

/**
 * "Counts add up to 30, more than the 24 documents, as the API reports them." when a phase's
 * four counters add up to more than the run's documents (003's extraction row: 23 + 6 + 0 + 1
 * of 24, as documents move between phases); null otherwise. The counts stay as sent: the note
 * says they overlap instead of quietly scaling them down.
 */
export function phaseOvercountNote(phase: PhaseCounts, totalDocuments: number): string | null {
  const sum = SEGMENTS.reduce((total, kind) => total + nonNegative(phase[kind]), 0);
  const total = nonNegative(totalDocuments);
  if (isPipelineScoped(phase) || sum <= total) return null;
  return `Counts add up to ${formatCount(sum)}, more than the ${formatCount(total)} document${total === 1 ? '' : 's'}, as the API reports them.`;
}

/** Pipeline-scoped phases (assembly) run once for the whole run: their `status` is the truth. */
export function isPipelineScoped(phase: Pick<PhaseCounts, 'scope'>): boolean {
  return phase.scope === 'pipeline';
}

/** A pipeline-scoped phase's status in words; null means it has not started: "waiting". */
export function pipelinePhaseStatus(status: string | null | undefined): string {
  return status ? status.replace(/_/g, ' ') : 'waiting';
}

export function phaseLabel(phase: Pick<PhaseCounts, 'phaseId' | 'name'>): string {
  // Verbatim when it says anything: a name is the API's words, spaces and all.
  return phase.name?.trim() ? phase.name : phase.phaseId;
}

/** "23 completed · 6 running · 0 pending · 1 error" */
export function phaseCountsText(phase: PhaseCounts): string {
  const errors = nonNegative(phase.errors);
  return `${nonNegative(phase.completed)} completed · ${nonNegative(phase.running)} running · ${nonNegative(phase.pending)} pending · ${errors} error${errors === 1 ? '' : 's'}`;
}

export interface DocumentTotals {
  completed: number;
  errored: number;
  total: number;
  /** Documents neither completed nor errored. */
  inFlight: number;
  /** completed + errored of total, in %: how far the run is. */
  percentDone: number;
  /** Every document has ended (003: the run is terminal). */
  done: boolean;
}

export function documentTotals(args: {
  totalDocuments: number;
  completedDocuments: number;
  errorDocuments: number;
}): DocumentTotals {
  const completed = nonNegative(args.completedDocuments);
  const errored = nonNegative(args.errorDocuments);
  const total = nonNegative(args.totalDocuments);
  return {
    completed,
    errored,
    total,
    inFlight: Math.max(0, total - completed - errored),
    percentDone: percent(completed + errored, total),
    done: total > 0 && completed + errored >= total,
  };
}

/** Where a document failed, by the phase's name; a document can fail before any phase. */
export function documentErrorPhase(
  phaseId: string | null | undefined,
  phases: readonly Pick<PhaseCounts, 'phaseId' | 'name'>[],
): string {
  if (!phaseId) return 'before any phase';
  const phase = phases.find((p) => p.phaseId === phaseId);
  return phase ? phaseLabel(phase) : phaseId;
}
