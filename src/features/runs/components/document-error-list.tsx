import type { DocumentError, Phase } from '../api/get-run-phases';
import { documentErrorPhase } from '../lib/phase-math';

/** Per-document failures (003), including documents that failed before any phase. */
export function DocumentErrorList({ errors, phases }: { errors: readonly DocumentError[]; phases: readonly Phase[] }) {
  if (errors.length === 0) return <p className="text-xs text-slate-600 dark:text-slate-400">No document has failed.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[28rem] text-left text-xs">
        <caption className="mb-1 text-left text-xs font-semibold">Failed documents ({errors.length})</caption>
        <thead className="text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Document
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Phase
            </th>
            <th scope="col" className="py-1 font-medium">
              Message
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {errors.map((error, i) => (
            <tr key={i} className="align-top">
              <td
                className="py-1 pr-3 font-mono break-all"
                title={error.pipelineDocumentId ? `pipeline document ${error.pipelineDocumentId}` : undefined}
              >
                {error.documentId ?? error.pipelineDocumentId ?? '—'}
              </td>
              <td className={`py-1 pr-3 whitespace-nowrap ${error.phase ? '' : 'italic'}`}>
                {documentErrorPhase(error.phase, phases)}
              </td>
              <td className="py-1 break-words whitespace-pre-wrap">{error.message ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
