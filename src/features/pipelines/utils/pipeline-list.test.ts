import type { Pipeline } from '../api/pipeline-schema';
import { RUN_STATUSES } from '@/features/runs/api/schemas';
import { filterPipelines, mergePolling, sortPipelines, statusFilterOptions, summarisePipelines } from './pipeline-list';

const polling = (over: Partial<NonNullable<Pipeline['polling']>> = {}) => ({
  enabled: true,
  intervalMinutes: 15,
  touchFile: '_READY.dat',
  prefix: 'data/x/',
  deleteAfterProcess: true,
  ...over,
});

const p = (id: string, over: Partial<Pipeline> = {}): Pipeline => ({ id, name: `Pipeline ${id}`, ...over });

const rows: Pipeline[] = [
  p('a', {
    name: 'Daily Customer Import',
    connector: 'Production S3',
    connectorType: 's3',
    lastRunStatus: 'completed',
    lastRunAt: '2026-03-30T02:00:00Z',
    polling: polling({ prefix: 'data/customers/' }),
  }),
  p('b', {
    name: 'Orders',
    connector: 'Orders Postgres',
    lastRunStatus: 'failed',
    lastRunAt: '2026-03-30T05:00:00Z',
    polling: polling({ intervalMinutes: 5 }),
  }),
  p('c', {
    name: 'contracts',
    connector: 'Legal SharePoint',
    lastRunStatus: null,
    polling: polling({ enabled: false }),
  }),
  p('d', {
    name: 'Events 10',
    connector: 'Events GCS',
    lastRunStatus: 'quarantined',
    lastRunAt: '2026-03-29T00:00:00Z',
  }),
  p('e', {
    name: 'Events 9',
    connector: 'Events GCS',
    lastRunStatus: 'running',
    lastRunAt: '2026-03-30T06:00:00Z',
    polling: polling({ intervalMinutes: 60 }),
  }),
];

const ids = (list: Pipeline[]) => list.map((r) => r.id);

describe('mergePolling', () => {
  it('takes polling from the poll endpoint by id and keeps the list’s own otherwise', () => {
    const merged = mergePolling(rows, [
      p('b', { polling: polling({ intervalMinutes: 30, touchFile: 'GO' }) }),
      p('zzz', { polling: polling() }),
    ]);
    expect(merged.find((r) => r.id === 'b')?.polling).toMatchObject({ intervalMinutes: 30, touchFile: 'GO' });
    expect(merged.find((r) => r.id === 'a')?.polling).toMatchObject({ prefix: 'data/customers/' });
    expect(ids(merged)).toEqual(ids(rows));
  });

  it('gives the same merged object for the same inputs, so unchanged rows need no re-render', () => {
    const poll = [p('b', { polling: polling({ intervalMinutes: 30 }) })];
    const first = mergePolling(rows, poll);
    const second = mergePolling(rows, poll);
    expect(second.find((r) => r.id === 'b')).toBe(first.find((r) => r.id === 'b'));
    expect(
      mergePolling(rows, [p('b', { polling: polling({ intervalMinutes: 45 }) })]).find((r) => r.id === 'b'),
    ).not.toBe(first.find((r) => r.id === 'b'));
  });

  it('keeps the list as it is while the poll endpoint has not answered', () => {
    expect(mergePolling(rows, undefined)).toEqual(rows);
  });
});

describe('filterPipelines', () => {
  it('matches text in name, id, connector and polling paths, case-insensitively', () => {
    expect(ids(filterPipelines(rows, { q: 'CUSTOMER', statuses: [] }))).toEqual(['a']);
    expect(ids(filterPipelines(rows, { q: 'sharepoint', statuses: [] }))).toEqual(['c']);
    expect(ids(filterPipelines(rows, { q: 'data/customers', statuses: [] }))).toEqual(['a']);
    expect(ids(filterPipelines(rows, { q: '  ', statuses: [] }))).toEqual(ids(rows));
  });

  it('filters by last-run status, including unknown ones and pipelines that never ran', () => {
    expect(ids(filterPipelines(rows, { q: '', statuses: ['failed'] }))).toEqual(['b']);
    expect(ids(filterPipelines(rows, { q: '', statuses: ['quarantined'] }))).toEqual(['d']);
    expect(ids(filterPipelines(rows, { q: '', statuses: ['no-runs'] }))).toEqual(['c']);
    expect(ids(filterPipelines(rows, { q: 'orders', statuses: ['completed'] }))).toEqual([]);
  });

  it('keeps the pipelines of any of several statuses', () => {
    expect(ids(filterPipelines(rows, { q: '', statuses: ['failed', 'no-runs'] }))).toEqual(['b', 'c']);
    expect(ids(filterPipelines(rows, { q: '', statuses: ['quarantined', 'failed'] }))).toEqual(['b', 'd']);
  });
});

describe('sortPipelines', () => {
  it('sorts names naturally and case-insensitively, both ways', () => {
    expect(ids(sortPipelines(rows, 'name', 'asc'))).toEqual(['c', 'a', 'e', 'd', 'b']);
    expect(ids(sortPipelines(rows, 'name', 'desc'))).toEqual(['b', 'd', 'e', 'a', 'c']);
  });

  it('puts the most urgent status first, unknown after known, never-run last', () => {
    expect(ids(sortPipelines(rows, 'status', 'asc'))).toEqual(['b', 'e', 'a', 'd', 'c']);
    expect(ids(sortPipelines(rows, 'status', 'desc'))).toEqual(['d', 'a', 'e', 'b', 'c']);
  });

  it('sorts by last run time with pipelines that never ran at the bottom either way', () => {
    expect(ids(sortPipelines(rows, 'lastRun', 'desc'))).toEqual(['e', 'b', 'a', 'd', 'c']);
    expect(ids(sortPipelines(rows, 'lastRun', 'asc'))).toEqual(['d', 'a', 'b', 'e', 'c']);
  });

  it('sorts by polling interval with non-polling pipelines last', () => {
    expect(ids(sortPipelines(rows, 'polling', 'asc'))).toEqual(['b', 'a', 'e', 'c', 'd']);
  });

  it('sorts by connector and breaks ties by name', () => {
    expect(ids(sortPipelines(rows, 'connector', 'asc'))).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('does not change its input', () => {
    const before = ids(rows);
    sortPipelines(rows, 'name', 'desc');
    expect(ids(rows)).toEqual(before);
  });
});

describe('summarisePipelines', () => {
  it('counts running, failed and completed-with-errors pipelines and the total', () => {
    expect(
      summarisePipelines([
        ...rows,
        p('f', { lastRunStatus: 'completed_with_errors' }),
        p('g', { lastRunStatus: 'failed' }),
      ]),
    ).toEqual({
      running: 1,
      failed: 2,
      completedWithErrors: 1,
      total: 7,
    });
  });
});

describe('statusFilterOptions', () => {
  it('offers every known status and then the unknown ones seen in the data', () => {
    expect(
      statusFilterOptions(
        rows.flatMap((r) => r.lastRunStatus ?? []),
        RUN_STATUSES,
      ),
    ).toEqual([...RUN_STATUSES, 'quarantined']);
  });
});
