import { FIELD, FIELD_LABEL, FilterTextBox, ShownCount } from '@/components/ui/filter-fields';
import { runStatusLook } from '@/lib/status-tone';
import { NO_RUNS, type ListState } from '../utils/list-url-state';

interface Props {
  state: ListState;
  onChange: (next: ListState) => void;
  statusOptions: string[];
  shown: number;
  total: number;
}

/** An option cannot wrap: an unknown status of any length is cut, so the select keeps its width (the title has it all). */
function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : label;
}

/** Text and status filters, how many pipelines they leave, and a way to clear them. */
export function PipelinesToolbar({ state, onChange, statusOptions, shown, total }: Props) {
  const filtered = state.q.trim() !== '' || state.status !== null;
  return (
    <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
      <FilterTextBox
        label="Filter pipelines"
        placeholder="Name, id, connector, prefix…"
        value={state.q}
        onChange={(q) => onChange({ ...state, q })}
      />
      <label className={FIELD_LABEL}>
        Last run status
        <select
          value={state.status ?? ''}
          onChange={(event) => onChange({ ...state, status: event.target.value || null })}
          className={FIELD}
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
      <ShownCount shown={shown} of={total} noun="pipelines" filtered={filtered} />
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
