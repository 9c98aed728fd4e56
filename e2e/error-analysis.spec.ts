import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { apiUrl, expect, setClockSpeed, setFault, openSignedIn, test } from './support';

// Errors by column and "Download shown rows" on run_001 (12 errors) and run_401 (40 errors,
// hostile values among them), against the demo API over HTTP. The clock is stopped: the runs
// have ended, and a still clock keeps every answer the same between the test's reads.

const RUN_401 = '/pipelines/pipe_004/runs/run_401';

type ApiError = { row: number; column: string; value: string; error: string };

async function apiErrors(request: APIRequestContext, pipelineId: string, runId: string): Promise<ApiError[]> {
  const res = await request.get(`${apiUrl()}/api/v1/pipelines/${pipelineId}/runs/${runId}/errors`, {
    headers: { Authorization: 'Bearer demo-viewer' },
  });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { errors: ApiError[] }).errors;
}

/** The group buttons' names as this test expects them from the errors themselves. */
function expectedGroupNames(errors: ApiError[]): string[] {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(`${e.column}: ${e.error}`, (counts.get(`${e.column}: ${e.error}`) ?? 0) + 1);
  return [...counts].map(([group, n]) => `${group} ${n} ${n === 1 ? 'error' : 'errors'}`).sort();
}

async function groupNames(page: Page): Promise<string[]> {
  const region = page.getByRole('region', { name: 'Errors by column' });
  const names = await region
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return names.sort();
}

test.beforeEach(async ({ request }) => setClockSpeed(request, 0));
// Each test signs in, loads a run page and reads the API itself: on a machine shared by many
// builds that takes longer than the default 30 s, though nothing here waits on time.
test.slow();

test('the summary counts what GET …/errors lists, by column and message', async ({ page, request }) => {
  await openSignedIn(page, 'viewer', RUN_401);
  const region = page.getByRole('region', { name: 'Errors by column' });
  await expect(region).toContainText('40 errors, counted by the API');
  expect(await groupNames(page)).toEqual(expectedGroupNames(await apiErrors(request, 'pipe_004', 'run_401')));
});

test('with the summary endpoint answering 404, the browser counts the same numbers', async ({ page, request }) => {
  await setFault(request, { mode: 'status', status: 404, match: '/errors/summary' });
  await openSignedIn(page, 'viewer', RUN_401);
  const region = page.getByRole('region', { name: 'Errors by column' });
  // The worker's script is fetched once the API has said 404; on this shared machine the preview
  // server took up to 13 s to send it, past the default 10 s.
  await expect(region).toContainText('40 errors, counted in the browser', { timeout: 30_000 });
  expect(await groupNames(page)).toEqual(expectedGroupNames(await apiErrors(request, 'pipe_004', 'run_401')));
});

test('a group filters the table and the URL; pressed again clears both', async ({ page, request }) => {
  const errors = await apiErrors(request, 'pipe_004', 'run_401');
  const [column, error] = [errors[0]!.column, errors[0]!.error];
  const count = errors.filter((e) => e.column === column && e.error === error).length;
  await openSignedIn(page, 'viewer', RUN_401);
  const group = page
    .getByRole('region', { name: 'Errors by column' })
    .getByRole('button', { name: `${column}: ${error} ${count} ${count === 1 ? 'error' : 'errors'}`, exact: true });
  await group.click();
  await expect(group).toHaveAttribute('aria-pressed', 'true');
  const query = new URLSearchParams({ column, error }).toString();
  await expect(page).toHaveURL((url) => url.pathname === RUN_401 && url.search === `?${query}`);
  const table = page.getByRole('table', { name: 'Validation errors' });
  await expect(table.getByRole('row')).toHaveCount(count + 1);
  await expect(page.getByText(`Showing ${count} of 40 errors.`)).toBeVisible();

  await group.click();
  await expect(group).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL((url) => url.pathname === RUN_401 && url.search === '');
  // The table is virtualised: an error of another group among the first rows is back.
  const other = errors.slice(0, 10).find((e) => e.column !== column || e.error !== error)!;
  await expect(table.getByRole('row', { name: new RegExp(`^${other.row.toLocaleString('en-US')} `) })).toBeVisible();
  await expect(page.getByText(/^Showing \d+ of/)).toHaveCount(0);
});

/** The test's own CSV writer, from RFC 4180 and OWASP's advice, to check the app's byte for byte. */
function expectedCsv(rows: ApiError[]): string {
  const cell = (value: string | number) => {
    let text = String(value);
    if (typeof value === 'string' && ['=', '+', '-', '@', '\t', '\r'].includes(text.charAt(0))) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.split('"').join('""')}"` : text;
  };
  const lines = [['Row', 'Column', 'Value', 'Error'], ...rows.map((e) => [e.row, e.column, e.value, e.error])];
  return lines.map((line) => line.map(cell).join(',') + '\r\n').join('');
}

test('a link with the filter opens it; Download shown rows saves those rows as CSV, byte for byte, named by the filter', async ({
  page,
  request,
}) => {
  const errors = await apiErrors(request, 'pipe_004', 'run_401');
  // The group with the most formula-looking values: the file must neutralise them.
  const risky = errors.filter((e) => /^[=+\-@\t\r]/.test(e.value))[0]!;
  const shown = errors.filter((e) => e.column === risky.column && e.error === risky.error);
  await openSignedIn(page, 'viewer', `${RUN_401}?${new URLSearchParams({ column: risky.column, error: risky.error })}`);
  const count = `${shown.length} ${shown.length === 1 ? 'error' : 'errors'}`;
  await expect(
    page.getByRole('button', { name: `${risky.column}: ${risky.error} ${count}`, exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(`Showing ${shown.length} of 40 errors.`)).toBeVisible();
  const button = page.getByRole('button', { name: 'Download shown rows' });
  await expect(button).toBeEnabled();
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9_]+/g, '-');
  expect(download.suggestedFilename()).toBe(
    `pipeline-run-run_401-errors-column-${slug(risky.column)}-error-${slug(risky.error)}.csv`,
  );
  const bytes = await readFile(await download.path());
  expect(bytes.equals(Buffer.from(expectedCsv(shown), 'utf8'))).toBe(true);
  expect(bytes.toString('utf8')).toContain(`,'${risky.value.split('"').join('""')}`);
});
