import type { APIRequestContext } from '@playwright/test';
import { advanceClock, apiUrl, expect, setClockSpeed, openSignedIn, test } from './support';

// Retry run_001 in the browser, let the retry finish (demo clock moved on at once), then
// compare it with run_001 through the retried run's "Compare with run_001" link. Every
// figure checked here is read from the demo API by the test itself.

const RUN_001 = '/pipelines/pipe_001/runs/run_001';

type RunBody = { id: string; status: string; durationMs?: number; processedRows?: number };
type Summary = { groups: { column: string; error: string; count: number }[] };
type Progress = { partitionDetails: { index: number; status: string; rows: number }[] };

async function api<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(`${apiUrl()}/api/v1/pipelines/pipe_001${path}`, {
    headers: { Authorization: 'Bearer demo-viewer' },
  });
  expect(res.ok(), `GET ${path}`).toBe(true);
  return (await res.json()) as T;
}

const count = (n: number) => n.toLocaleString('en-US');
/** Durations as the page writes them, under an hour: "1m 5s", "28s". */
function duration(ms: number): string {
  const total = Math.floor(ms / 1000);
  if (total >= 3600) throw new Error(`duration ${ms} ms: this test only writes durations under an hour`);
  return total >= 60 ? `${Math.floor(total / 60)}m ${total % 60}s` : `${total}s`;
}
const signed = (n: number, format: (abs: number) => string) =>
  n === 0 ? format(0) : `${n > 0 ? '+' : '\u2212'}${format(Math.abs(n))}`;

test.beforeEach(async ({ request }) => setClockSpeed(request, 0));
// A retry, a page change and four tables read back: more than 30 s on a loaded two-core machine.
test.slow();

test('a retried run compared with its original: rows, duration, the resumed partition and the error groups', async ({
  page,
  request,
}) => {
  await openSignedIn(page, 'editor', RUN_001);
  await page.getByRole('button', { name: 'Retry run' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Resume from row 32,000' }).click();
  await expect(page).toHaveURL(/\/runs\/run_002$/);
  // Ten demo minutes: run_002 has ended, so both sides hold still while the test reads them.
  await advanceClock(request, 600_000);
  const [base, head] = [await api<RunBody>(request, '/runs/run_001'), await api<RunBody>(request, '/runs/run_002')];
  expect(head.status).not.toMatch(/^(pending|running)$/);

  await page.getByRole('link', { name: 'Compare with run_001' }).click();
  await expect(page).toHaveURL(/\/pipelines\/pipe_001\/compare\?base=run_001&head=run_002$/);
  const figures = page.getByRole('table', { name: 'Run figures' });
  const row = (name: string) => figures.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row('Processed / total rows')).toContainText(signed(head.processedRows! - base.processedRows!, count));
  await expect(row('Duration')).toContainText(signed(head.durationMs! - base.durationMs!, duration));
  await expect(row('Status')).toContainText('changed');

  // Partition 2 was running when run_001 failed; the retry resumed and finished it.
  const [baseParts, headParts] = [
    await api<Progress>(request, '/runs/run_001/progress'),
    await api<Progress>(request, '/runs/run_002/progress'),
  ];
  const [p2base, p2head] = [baseParts, headParts].map((p) => p.partitionDetails.find((d) => d.index === 2)!);
  expect(p2head!.rows).not.toBe(p2base!.rows);
  const partition2 = page
    .getByRole('table', { name: 'Partitions by index' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '2', exact: true }) });
  await expect(partition2).toContainText('◆ changed');
  await expect(partition2).toContainText(count(p2head!.rows));

  // Each error group with the counts the API gives for each run.
  const [baseGroups, headGroups] = [
    await api<Summary>(request, '/runs/run_001/errors/summary'),
    await api<Summary>(request, '/runs/run_002/errors/summary'),
  ];
  const groups = page.getByRole('table', { name: 'Error groups' });
  const key = (g: { column: string; error: string }) => `${g.column}\u0000${g.error}`;
  const all = new Map<string, { column: string; error: string; base: number; head: number }>();
  for (const g of baseGroups.groups) all.set(key(g), { ...g, base: g.count, head: 0 });
  for (const g of headGroups.groups) all.set(key(g), { ...(all.get(key(g)) ?? { ...g, base: 0 }), head: g.count });
  const word = (g: { base: number; head: number }) =>
    g.base === 0 ? 'new in head' : g.head === 0 ? 'gone since base' : g.base === g.head ? 'unchanged' : 'count changed';
  const expected = [...all.values()]
    .map((g) => [g.column, g.error, count(g.base), count(g.head), word(g)].join(' | '))
    .sort();
  // Column, error, base, head and the words; the arrow-and-sign column is checked by the unit tests.
  await expect
    .poll(() =>
      groups.locator('tbody tr').evaluateAll((rows) =>
        rows
          .map((row) =>
            Array.from(row.querySelectorAll('td'))
              .filter((_, i) => i !== 4)
              .map((td) => td.textContent)
              .join(' | '),
          )
          .sort(),
      ),
    )
    .toEqual(expected);
});
