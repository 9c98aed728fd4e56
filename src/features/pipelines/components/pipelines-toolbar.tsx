import { useState } from 'react';
import { runStatusLook } from '@/lib/status-tone';
import { NO_RUNS, type ListState } from '../utils/list-url-state';

interface Props {
  state: ListState;
  onChange: (next: ListState) => void;
  statusOptions: string[];
  shown: number;
  total: number;
}

const FIELD =
  'h-8 rounded border border-slate-300 bg-white px-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-run dark:border-slate-700 dark:bg-slate-900';

/** Text and status filters. The text box keeps its own state so typing never waits for the router. */
/** An option cannot wrap: an unknown status of any length is cut, so the select keeps its width (the title has it all). */
function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : label;
}

export function PipelinesToolbar({ state, onChange, statusOptions, shown, total }: Props) {
  const [text, setText] = useState(state.q);
  const [syncedQ, setSyncedQ] = useState(state.q);
  if (state.q !== syncedQ) {
    // The URL changed under us (Back, a summary link): the box follows it.
    setSyncedQ(state.q);
    setText(state.q);
  }
  const filtered = state.q.trim() !== '' || state.status !== null;
  return (
    <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
      <label className="flex min-w-0 flex-1 basis-56 flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400">
        Filter pipelines
        <input
          type="search"
          value={text}
          placeholder="Name, id, connector, prefix…"
          onChange={(event) => {
            setText(event.target.value);
            onChange({ ...state, q: event.target.value });
          }}
          className={`${FIELD} font-normal text-slate-900 dark:text-slate-100`}
        />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400">
        Last run status
        <select
          value={state.status ?? ''}
          onChange={(event) => onChange({ ...state, status: event.target.value || null })}
          className={`${FIELD} font-normal text-slate-900 dark:text-slate-100`}
        >
          <option value="">Any status</option>
          {statusOptions.map((status) => (
            <option key={status} value={status} title={status}>
              {shortLabel(runStatusLook(status).label)}
            </option>
          ))}
          <option value={NO_RUNS}>No runs yet</option>
        </select>
      </label>
      <p className="flex h-8 items-center text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {filtered
          ? `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} pipelines`
          : `${total.toLocaleString('en-US')} pipelines`}
      </p>
      {filtered ? (
        <button
          type="button"
          onClick={() => onChange({ ...state, q: '', status: null })}
          className="h-8 rounded px-2 text-sm text-run hover:bg-run/10 focus-visible:outline-2 focus-visible:outline-run dark:text-info"
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
