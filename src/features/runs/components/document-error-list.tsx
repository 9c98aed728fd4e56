import { CodeName } from '@/components/ui/code-name';
import { ErrorListTable, type ErrorListColumn } from '@/components/ui/error-list-table';
import type { DocumentError, Phase } from '../api/get-run-phases';
import { documentErrorPhase } from '../lib/phase-math';

const columns = (phases: readonly Phase[]): readonly ErrorListColumn<DocumentError>[] => [
  {
    header: 'Document',
    cell: (error) => <CodeName code={error.documentId ?? error.pipelineDocumentId ?? '—'} />,
    title: (error) => (error.pipelineDocumentId ? `pipeline document ${error.pipelineDocumentId}` : undefined),
    // Ids break after an underscore (CodeName) or a hyphen, not inside a word; a long id widens its column.
    className: 'font-mono text-xs',
  },
  {
    header: 'Phase',
    cell: (error) => <span className={error.phase ? '' : 'italic'}>{documentErrorPhase(error.phase, phases)}</span>,
  },
  { header: 'Message', cell: (error) => error.message ?? '—', className: 'break-words whitespace-pre-wrap' },
];

/** Per-document failures (003), including documents that failed before any phase. */
export function DocumentErrorList({ errors, phases }: { errors: readonly DocumentError[]; phases: readonly Phase[] }) {
  if (errors.length === 0) return <p className="text-xs text-slate-600 dark:text-slate-400">No document has failed.</p>;
  return (
    <ErrorListTable
      caption="Failed documents"
      noun="failed documents"
      items={errors}
      columns={columns(phases)}
      itemKey={(_, index) => String(index)}
    />
  );
}
