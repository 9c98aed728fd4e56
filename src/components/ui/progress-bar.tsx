import type { StatusTone } from '@/lib/status-tone';

const FILL: Record<StatusTone, string> = {
  ok: 'bg-ok',
  fail: 'bg-fail',
  warn: 'bg-warn',
  run: 'bg-run',
  wait: 'bg-wait',
  unknown: 'bg-accent',
};

interface ProgressBarProps {
  label: string;
  /** 0–100, or null for indeterminate (no aria-valuenow). */
  value: number | null;
  tone?: StatusTone;
  /** Human text for screen readers, e.g. "7,000 of 12,500 rows". */
  valueText?: string;
  title?: string;
  className?: string;
}

/** A real progressbar (role, value, max) whose width animates instead of jumping. */
export function ProgressBar({ label, value, tone = 'run', valueText, title, className = 'h-2' }: ProgressBarProps) {
  const clamped = value === null ? null : Math.min(100, Math.max(0, value));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped ?? undefined}
      aria-valuetext={valueText}
      title={title}
      className={`relative w-full overflow-hidden rounded-sm bg-slate-200 dark:bg-slate-800 ${className}`}
    >
      {clamped === null ? (
        <div className={`absolute inset-y-0 w-1/3 animate-pulse ${FILL[tone]} opacity-60`} />
      ) : (
        <div
          className={`h-full transition-[width] duration-500 ease-out ${FILL[tone]}`}
          style={{ width: `${clamped}%` }}
        />
      )}
    </div>
  );
}
