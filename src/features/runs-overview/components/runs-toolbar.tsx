import { FIELD, FIELD_LABEL, FilterTextBox, ShownCount } from '@/components/ui/filter-fields';
import { StatusCheckboxes } from '@/components/ui/status-checkboxes';
import { TIME_WINDOWS, WINDOW_LABELS, type RunsFilter, type TimeWindow } from '../lib/runs-filter';

interface Props {
  filter: RunsFilter;
  onChange: (next: RunsFilter) => void;
  statusOptions: readonly string[];
  shown: number;
  inWindow: number;
}

/** Status (several at once), time window and text, and how many runs they leave. */
export function RunsToolbar({ filter, onChange, statusOptions, shown, inWindow }: Props) {
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
      <FilterTextBox
        label="Filter runs"
        placeholder="Pipeline name or id, run id…"
        value={filter.q}
        onChange={(q) => onChange({ ...filter, q })}
      />
      <label className={FIELD_LABEL}>
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
      <StatusCheckboxes
        legend="Status"
        options={statusOptions}
        checked={filter.statuses}
        onChange={(statuses) => onChange({ ...filter, statuses })}
      />
      <ShownCount shown={shown} of={inWindow} noun="runs" filtered={shown !== inWindow} />
    </div>
  );
}
