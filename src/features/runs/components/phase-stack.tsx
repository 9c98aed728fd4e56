import { memo } from 'react';
import { StatusBadge } from '@/components/ui/status-badge';
import { WarnNote } from '@/components/ui/warn-note';
import type { StatusTone } from '@/lib/status-tone';
import type { Phase } from '../api/get-run-phases';
import {
  isPipelineScoped,
  phaseCountsText,
  phaseLabel,
  phaseOvercountNote,
  phaseSegments,
  pipelinePhaseStatus,
  type SegmentKind,
} from '../lib/phase-math';
import { ownValue } from '@/lib/own-value';

export const SEGMENT_CLASS: Record<SegmentKind, string> = {
  completed: 'bg-ok',
  running: 'bg-run',
  pending: 'bg-slate-300 dark:bg-slate-600',
  errors: 'bg-fail',
};

const PIPELINE_STATUS_TONE: Record<string, StatusTone> = {
  completed: 'ok',
  running: 'run',
  failed: 'fail',
  pending: 'wait',
};

/**
 * One phase: its stacked bar (completed, running, pending, errors) with the numbers as
 * text. A pipeline-scoped phase (assembly) runs once for the whole run, so it shows its
 * status instead of per-document counters.
 */
export const PhaseStack = memo(function PhaseStack({
  phase,
  totalDocuments,
}: {
  phase: Phase;
  totalDocuments: number;
}) {
  const label = phaseLabel(phase);
  if (isPipelineScoped(phase)) {
    const status = pipelinePhaseStatus(phase.status);
    return (
      <li className="grid grid-cols-1 items-center gap-x-3 gap-y-1 py-1.5 text-xs sm:col-span-3 sm:grid-cols-subgrid">
        <span className="truncate font-medium" title={label}>
          {label}
        </span>
        <span className="flex flex-wrap items-center gap-2">
          <StatusBadge
            tone={phase.status ? (ownValue(PIPELINE_STATUS_TONE, phase.status) ?? 'unknown') : 'wait'}
            label={status}
            title={`${label}: ${status}`}
          />
          <span className="text-slate-600 dark:text-slate-400">runs once, after every document has ended</span>
        </span>
        <span className="text-slate-600 sm:text-right dark:text-slate-400">pipeline-scoped</span>
      </li>
    );
  }
  const segments = phaseSegments(phase, totalDocuments);
  const overcount = phaseOvercountNote(phase, totalDocuments);
  return (
    <li className="grid grid-cols-1 items-center gap-x-3 gap-y-1 py-1.5 text-xs sm:col-span-3 sm:grid-cols-subgrid">
      <span className="truncate font-medium" title={label}>
        {label}
      </span>
      <span className="flex h-3 w-full overflow-hidden rounded-sm bg-slate-100 dark:bg-slate-800" aria-hidden="true">
        {segments.map((segment) => (
          <span
            key={segment.kind}
            className={`h-full transition-[width] duration-500 ease-out ${SEGMENT_CLASS[segment.kind]}`}
            style={{ width: `${segment.width}%` }}
          />
        ))}
      </span>
      <span className="tabular-nums text-slate-700 sm:text-right dark:text-slate-300">{phaseCountsText(phase)}</span>
      {overcount ? (
        <WarnNote look="line" className="sm:col-span-3">
          {overcount}
        </WarnNote>
      ) : null}
    </li>
  );
});
