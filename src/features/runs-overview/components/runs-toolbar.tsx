import { FIELD, FIELD_LABEL, FilterTextBox, ShownCount } from '@/components/ui/filter-fields';
import { runStatusLook } from '@/lib/status-tone';
import { TIME_WINDOWS, toggleStatus, WINDOW_LABELS, type RunsFilter, type TimeWindow } from '../lib/runs-filter';

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
      <ShownCount shown={shown} of={inWindow} noun="runs" filtered={shown !== inWindow} />
    </div>
  );
}
