import { useId, useState } from 'react';
import { saveBlob } from '@/lib/save-file';
import type { ValidationError } from '../api/schemas';
import type { ErrorFilter, ErrorSort } from '../lib/error-view';
import { shownRowsCsv, shownRowsFilename } from '../lib/shown-rows-csv';

interface Props {
  runId: string;
  /** The rows the table shows, in its order; null while they are not all known. */
  rows: readonly ValidationError[] | null;
  filter: ErrorFilter;
  sort: ErrorSort | null;
  /** Why the rows are not known yet, said when the button is disabled. */
  waitingFor: string;
}

/** "Download shown rows": the table's filtered, sorted rows as a CSV written in the browser. */
export function DownloadShownRowsButton({ runId, rows, filter, sort, waitingFor }: Props) {
  const [writing, setWriting] = useState(false);
  const reasonId = useId();
  const disabled = rows === null || writing;

  const download = async () => {
    if (rows === null) return;
    setWriting(true);
    try {
      const parts = await shownRowsCsv(rows);
      saveBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), shownRowsFilename(runId, filter, sort));
    } finally {
      setWriting(false);
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={() => void download()}
        disabled={disabled}
        aria-busy={writing}
        aria-describedby={rows === null ? reasonId : undefined}
        title={rows === null ? waitingFor : undefined}
        className="inline-flex h-8 shrink-0 items-center gap-1.5 rounded border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-run disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Download shown rows
      </button>
      {rows === null ? (
        <span id={reasonId} className="sr-only">
          {waitingFor}
        </span>
      ) : null}
    </>
  );
}
