import type { Change } from '../lib/compare';

const LOOK: Record<Change, { icon: string; word: string }> = {
  more: { icon: '▲', word: 'up' },
  less: { icon: '▼', word: 'down' },
  same: { icon: '=', word: 'same' },
  unknown: { icon: '', word: '' },
};

/** A delta with an arrow and a word for screen readers: the change never rests on colour. */
export function CompareChange({ change, text }: { change: Change; text: string }) {
  const look = LOOK[change];
  return (
    <span className="inline-flex items-baseline gap-1 tabular-nums">
      {look.icon ? (
        <span aria-hidden="true" className="text-[10px] text-slate-500">
          {look.icon}
        </span>
      ) : null}
      <span>{text}</span>
      {look.word ? <span className="sr-only"> ({look.word})</span> : null}
    </span>
  );
}
