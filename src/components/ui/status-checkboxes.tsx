import { ownValue } from '@/lib/own-value';
import { runStatusLook } from '@/lib/status-tone';
import { toggleStatus } from '@/lib/status-list';

interface Props {
  legend: string;
  /** Every status offered, in order; `labels` names those that are not run statuses. */
  options: readonly string[];
  checked: readonly string[];
  onChange: (next: string[]) => void;
  labels?: Readonly<Record<string, string>>;
}

/** A status filter of several statuses at once: one box per status, none ticked shows all. */
export function StatusCheckboxes({ legend, options, checked, onChange, labels = {} }: Props) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-400">{legend}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {options.map((status) => (
          <label key={status} className="flex h-8 items-center gap-1.5 text-sm" title={status}>
            <input
              type="checkbox"
              checked={checked.includes(status)}
              onChange={() => onChange(toggleStatus(checked, status))}
              className="h-4 w-4 accent-run"
            />
            <span className="max-w-[16rem] break-words">{ownValue(labels, status) ?? runStatusLook(status).label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
