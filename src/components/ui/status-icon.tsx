import type { StatusTone } from '@/lib/status-tone';

const PATHS: Record<StatusTone, string> = {
  ok: 'M4 8.5l2.5 2.5L12 5.5', // check
  fail: 'M5 5l6 6M11 5l-6 6', // cross
  warn: 'M8 4v5M8 11.5v.5', // exclamation
  run: 'M6 4.5v7l5.5-3.5z', // play
  wait: 'M8 4.5V8l2.5 1.5', // clock hand
  unknown: 'M6.2 6a1.9 1.9 0 113 1.6c-.8.5-1.2.9-1.2 1.9M8 11.5v.5', // question mark
};

/** The shape that goes with a status colour, so status reads without colour. */
export function StatusIcon({ tone }: { tone: StatusTone }) {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="shrink-0">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path
        d={PATHS[tone]}
        fill={tone === 'run' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
