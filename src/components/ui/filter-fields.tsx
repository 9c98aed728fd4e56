import { useState } from 'react';
import { formatCount } from '@/lib/format';

/** A toolbar's text box or select: one height, one focus ring, both themes. */
export const FIELD =
  'h-8 rounded border border-slate-300 bg-white px-2 text-sm font-normal text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-run dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
/** A toolbar field's label, above it. */
export const FIELD_LABEL = 'flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400';

/**
 * A list's filter text box. It keeps its own text so typing never waits for the router
 * (the list may write the URL later), and follows the URL when that changes under it
 * (Back, a summary link).
 */
export function FilterTextBox({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  /** The filter text the list is showing (from the URL, or typed). */
  value: string;
  onChange: (text: string) => void;
}) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setText(value);
  }
  return (
    <label className={`${FIELD_LABEL} min-w-0 flex-1 basis-56`}>
      {label}
      <input
        type="search"
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value);
        }}
        className={FIELD}
      />
    </label>
  );
}

/** "12 of 5,000 pipelines", or "5,000 pipelines" when nothing is filtered out; read out as it changes. */
export function ShownCount({
  shown,
  of,
  noun,
  filtered,
}: {
  shown: number;
  of: number;
  noun: string;
  filtered: boolean;
}) {
  return (
    <p
      className="flex min-h-8 items-center text-xs wrap-anywhere text-slate-600 dark:text-slate-400"
      aria-live="polite"
    >
      {filtered ? `${formatCount(shown)} of ${formatCount(of)} ${noun}` : `${formatCount(of)} ${noun}`}
    </p>
  );
}
