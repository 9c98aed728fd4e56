import { FilterTextBox, ShownCount } from '@/components/ui/filter-fields';
import { StatusCheckboxes } from '@/components/ui/status-checkboxes';
import { NO_RUNS, type ListState } from '../utils/list-url-state';

const NO_RUNS_LABEL = { [NO_RUNS]: 'No runs yet' };

interface Props {
  state: ListState;
  onChange: (next: ListState) => void;
  statusOptions: string[];
  shown: number;
  total: number;
}

/** Text and status filters (several statuses at once), how many pipelines they leave, and a way to clear them. */
export function PipelinesToolbar({ state, onChange, statusOptions, shown, total }: Props) {
  const filtered = state.q.trim() !== '' || state.statuses.length > 0;
  return (
    <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
      <FilterTextBox
        label="Filter pipelines"
        placeholder="Name, id, connector, prefix…"
        value={state.q}
        onChange={(q) => onChange({ ...state, q })}
      />
      <StatusCheckboxes
        legend="Last run status"
        options={[...statusOptions, NO_RUNS]}
        checked={state.statuses}
        onChange={(statuses) => onChange({ ...state, statuses })}
        labels={NO_RUNS_LABEL}
      />
      <ShownCount shown={shown} of={total} noun="pipelines" filtered={filtered} />
      {filtered ? (
        <button
          type="button"
          onClick={() => onChange({ ...state, q: '', statuses: [] })}
          className="h-8 rounded px-2 text-sm text-run hover:bg-run/10 focus-visible:outline-2 focus-visible:outline-run dark:text-info"
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
