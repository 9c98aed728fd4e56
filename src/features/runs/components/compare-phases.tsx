import { formatCount } from '@/lib/format';
import { useRunPhases, type Phase } from '../api/get-run-phases';
import { COMPARE_ROW, CompareTable } from './compare-table';

const COLUMNS = [{ header: 'Phase' }, { header: 'Base' }, { header: 'Head' }] as const;

const figures = (p: Phase | undefined) =>
  p
    ? `${formatCount(p.completed)} done · ${formatCount(p.running)} running · ${formatCount(p.pending)} pending · ${formatCount(p.errors)} errors`
    : '—';

interface Side {
  runId: string;
  ended: boolean;
}

/** Phases of both runs, matched by phase id, when both runs report them (003). */
export function ComparePhases({ pipelineId, base, head }: { pipelineId: string; base: Side; head: Side }) {
  const basePhases = useRunPhases(pipelineId, base.runId, base.ended).data;
  const headPhases = useRunPhases(pipelineId, head.runId, head.ended).data;
  if (basePhases === undefined || headPhases === undefined) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">Loading phases…</p>;
  }
  if (basePhases === null || headPhases === null) {
    const without = [basePhases === null ? 'base' : null, headPhases === null ? 'head' : null].filter(Boolean);
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No phases to compare: the {without.join(' and the ')} run{without.length > 1 ? 's report' : ' reports'} no
        phases.
      </p>
    );
  }
  const ids = [...new Set([...basePhases.phases, ...headPhases.phases].map((p) => p.phaseId))];
  const find = (phases: Phase[], id: string) => phases.find((p) => p.phaseId === id);
  return (
    <CompareTable label="Phases side by side" columns={COLUMNS}>
      {ids.map((id) => {
        const b = find(basePhases.phases, id);
        const h = find(headPhases.phases, id);
        return (
          <tr key={id} className={COMPARE_ROW}>
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {b?.name ?? h?.name ?? id}
            </th>
            <td className="px-2 py-1">{figures(b)}</td>
            <td className="px-2 py-1">{figures(h)}</td>
          </tr>
        );
      })}
    </CompareTable>
  );
}
