import { memo, type CSSProperties } from 'react';
import type { StatusTone } from '@/lib/status-tone';
import type { Partition } from '../api/get-run-progress';
import { describePartition, partitionTone, partitionValue } from '../lib/partitions';

/**
 * How a partition's status looks in the compact grid: by shape and pattern as well as
 * colour, so it reads without colour: solid (completed), filled from the bottom or striped
 * (running), hollow (pending), crossed (failed), dotted (anything else).
 */
const CELL_CLASS: Record<StatusTone, string> = {
  ok: 'bg-ok border-ok',
  run: 'border-run bg-run/15',
  wait: 'border-wait bg-transparent',
  fail: 'bg-fail border-fail',
  warn: 'bg-warn border-warn',
  unknown: 'border-dotted border-accent bg-accent/20',
};

const CROSS: CSSProperties = {
  backgroundImage:
    'linear-gradient(45deg, transparent 40%, #fff 40%, #fff 60%, transparent 60%), linear-gradient(-45deg, transparent 40%, #fff 40%, #fff 60%, transparent 60%)',
};
const STRIPES: CSSProperties = {
  backgroundImage: 'repeating-linear-gradient(45deg, var(--color-run) 0 2px, transparent 2px 4px)',
};

function look(tone: StatusTone, value: number | null) {
  return {
    className: `relative size-3 shrink-0 overflow-hidden rounded-[2px] border ${CELL_CLASS[tone]}`,
    style: tone === 'fail' ? CROSS : tone === 'run' && value === null ? STRIPES : undefined,
    fill:
      tone === 'run' && value !== null ? (
        <span className="absolute inset-x-0 bottom-0 block bg-run" style={{ height: `${value}%` }} />
      ) : null,
  };
}

/**
 * One partition in the compact grid: a plain element with no state or handlers (the grid
 * delegates events), still a named progressbar. Memoised on the partition object, which
 * polls keep identical while it does not change.
 */
export const PartitionCell = memo(function PartitionCell({
  partition,
  position,
  tabbable,
}: {
  partition: Partition;
  position: number;
  tabbable: boolean;
}) {
  const value = partitionValue(partition);
  const description = describePartition(partition);
  const { className, style, fill } = look(partitionTone(partition.status), value);
  return (
    <div
      role="progressbar"
      aria-label={`Partition ${partition.index}`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value ?? undefined}
      aria-valuetext={description}
      title={`Partition ${partition.index}: ${description}`}
      data-position={position}
      tabIndex={tabbable ? 0 : -1}
      className={`${className} focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-slate-900 dark:focus-visible:outline-white`}
      style={style}
    >
      {fill}
    </div>
  );
});

/** A legend swatch: the same look, hidden from the accessibility tree. */
export function PartitionSwatch({ tone, value = null }: { tone: StatusTone; value?: number | null }) {
  const { className, style, fill } = look(tone, value);
  return (
    <span aria-hidden="true" className={`inline-block ${className}`} style={style}>
      {fill}
    </span>
  );
}
