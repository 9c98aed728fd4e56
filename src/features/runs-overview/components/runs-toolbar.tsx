import { useState } from 'react';
import { runStatusLook } from '@/lib/status-tone';
import { TIME_WINDOWS, toggleStatus, WINDOW_LABELS, type RunsFilter, type TimeWindow } from '../lib/runs-filter';

interface Props {
  filter: RunsFilter;
  onChange: (next: RunsFilter) => void;
  statusOptions: readonly string[];
  shown: number;
  inWindow: number;
}

const FIELD =
  'h-8 rounded border border-slate-300 bg-white px-2 text-sm font-normal text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-run dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
const LABEL = 'flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400';

/** Status (several at once), time window and text. The text box keeps its own state so typing never waits for the router. */
export function RunsToolbar({ filter, onChange, statusOptions, shown, inWindow }: Props) {
  const [text, setText] = useState(filter.q);
  const [syncedQ, setSyncedQ] = useState(filter.q);
  if (filter.q !== syncedQ) {
    // The URL changed under us (Back, a summary link): the box follows it.
    setSyncedQ(filter.q);
    setText(filter.q);
  }
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
      <label className={`${LABEL} min-w-0 flex-1 basis-56`}>
        Filter runs
        <input
          type="search"
          value={text}
          placeholder="Pipeline name or id, run id…"
          onChange={(event) => {
            setText(event.target.value);
            onChange({ ...filter, q: event.target.value });
          }}
          className={FIELD}
        />
      </label>
      <label className={LABEL}>
        Started
        <select
          value={filter.window}
          onChange={(event) => onChange({ ...filter, window: event.target.value as TimeWindow })}
          className={FIELD}
        >
          {TIME_WINDOWS.map((w) => (
            <option key={w} value={w}>
              {WINDOW_LABELS[w]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="flex min-w-0 flex-col gap-1">
        <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-400">Status</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {statusOptions.map((status) => (
            <label key={status} className="flex h-8 items-center gap-1.5 text-sm" title={status}>
              <input
                type="checkbox"
                checked={filter.statuses.includes(status)}
                onChange={() => onChange(toggleStatus(filter, status))}
                className="h-4 w-4 accent-run"
              />
              <span className="max-w-[16rem] break-words">{runStatusLook(status).label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="flex h-8 items-center text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {shown === inWindow
          ? `${inWindow.toLocaleString('en-US')} runs`
          : `${shown.toLocaleString('en-US')} of ${inWindow.toLocaleString('en-US')} runs`}
      </p>
    </div>
  );
}
