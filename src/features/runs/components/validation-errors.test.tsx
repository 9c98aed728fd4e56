import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { call, freezeClock } from '@mocks/testing';
import { renderRunPage } from '../test-utils/render-run-page';

// Whole-page renders in jsdom take a few seconds under a parallel run.
vi.setConfig({ testTimeout: 15_000 });
beforeEach(() => freezeClock());

const rowNumbers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('the validation error table', () => {
  it('sorts by a column, both ways, and back to the API order', async () => {
    renderRunPage('pipe_001', 'run_001');
    const table = await screen.findByRole('table', { name: 'Validation errors' });
    await within(table).findByRole('row', { name: /^142 / });
    await waitFor(() => expect(rowNumbers(table)).toHaveLength(12));
    const apiOrder = rowNumbers(table);

    await userEvent.click(within(table).getByRole('button', { name: 'Row' }));
    await waitFor(() =>
      expect(within(table).getByRole('columnheader', { name: 'Row' })).toHaveAttribute('aria-sort', 'ascending'),
    );
    await waitFor(() =>
      expect(rowNumbers(table)).toEqual(
        [...apiOrder].sort((a, b) => Number(a?.replace(/,/g, '')) - Number(b?.replace(/,/g, ''))),
      ),
    );

    await userEvent.click(within(table).getByRole('button', { name: 'Row' }));
    await waitFor(() =>
      expect(rowNumbers(table)[0]).toBe(
        [...apiOrder].sort((a, b) => Number(b?.replace(/,/g, '')) - Number(a?.replace(/,/g, '')))[0],
      ),
    );

    await userEvent.click(within(table).getByRole('button', { name: 'Row' }));
    await waitFor(() => expect(rowNumbers(table)).toEqual(apiOrder));
  });

  it('filters by source column and by text, and says how many match', async () => {
    renderRunPage('pipe_001', 'run_001');
    const table = await screen.findByRole('table', { name: 'Validation errors' });
    await within(table).findByRole('row', { name: /^142 / });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter by source column' }), 'age');
    await waitFor(() => expect(within(table).queryByRole('row', { name: /^142 / })).not.toBeInTheDocument());
    expect(within(table).getByRole('row', { name: /^305 age abc Expected integer/ })).toBeVisible();
    expect(screen.getByText(/^Showing \d+ of 12 errors\.$/)).toBeVisible();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter by source column' }), '');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter errors by text' }), 'NOT-AN');
    await waitFor(() => expect(rowNumbers(table)).toEqual(['142']));
  });

  it('works with an API that ignores offset and limit and sends every error at once', async () => {
    const everything = Array.from({ length: 1_500 }, (_, i) => ({
      row: i + 1,
      column: 'c',
      value: `v${i + 1}`,
      error: 'e',
    }));
    server.use(
      http.get('*/api/v1/pipelines/:id/runs/:runId/errors', () =>
        HttpResponse.json({ runId: 'run_001', total: 1_500, errors: everything }),
      ),
    );
    renderRunPage('pipe_001', 'run_001');
    const table = await screen.findByRole('table', { name: 'Validation errors' });
    await within(table).findByRole('row', { name: '1 c v1 e' });
    await userEvent.click(within(table).getByRole('button', { name: 'Row' }));
    await userEvent.click(within(table).getByRole('button', { name: 'Row' }));
    await waitFor(() => expect(rowNumbers(table)[0]).toBe('1,500'));
    expect(screen.getByText('Showing 1,500 of 1,500 errors.')).toBeVisible();
    expect(table).toHaveAttribute('aria-rowcount', '1501');
  });

  it('trusts the rows sent over a count that is negative, and caps a count no table can hold', async () => {
    const one = [{ row: 7, column: 'c', value: 'v', error: 'e' }];
    server.use(
      http.get('*/api/v1/pipelines/:id/runs/:runId/errors', () => HttpResponse.json({ total: -1, errors: one })),
    );
    const first = renderRunPage('pipe_001', 'run_001');
    const table = await screen.findByRole('table', { name: 'Validation errors' });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '2'));
    expect(within(table).getByRole('row', { name: '7 c v e' })).toBeVisible();
    first.unmount();

    server.use(
      http.get('*/api/v1/pipelines/:id/runs/:runId/errors', () =>
        HttpResponse.text(`{"total":9223372036854775807,"errors":${JSON.stringify(one)}}`, {
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    );
    renderRunPage('pipe_001', 'run_001');
    expect(await screen.findByText(/the table holds the first 1,000,000, the CSV all of them$/)).toBeVisible();
    expect(screen.getByRole('table', { name: 'Validation errors' })).toHaveAttribute('aria-rowcount', '1000001');
  });

  it('shows hostile values verbatim, as text', async () => {
    renderRunPage('pipe_004', 'run_401');
    const table = await screen.findByRole('table', { name: 'Validation errors' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(10));
    const body = (await (await call('/api/v1/pipelines/pipe_004/runs/run_401/errors')).json()) as {
      errors: { value: string }[];
    };
    const hostile = body.errors.map((e) => e.value).find((value) => value.includes('<'));
    expect(hostile).toBeDefined();
    const cell = within(table)
      .getAllByRole('cell')
      .find((td) => td.textContent === hostile);
    expect(cell).toBeDefined();
    expect(table.querySelector('img, script')).toBeNull();
  });
});

describe('Download CSV', () => {
  function captureSaves() {
    const saved: { blob: Blob; name: string }[] = [];
    const blobs = new Map<string, Blob>();
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => (blobs.set(`blob:${blobs.size}`, blob), `blob:${blobs.size - 1}`),
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ blob, name: this.download });
    });
    return saved;
  }

  it("saves the server's CSV under the server's file name", async () => {
    const saved = captureSaves();
    renderRunPage('pipe_001', 'run_001', 'demo-viewer');
    await userEvent.click(await screen.findByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const expected = await (
      await call('/api/v1/pipelines/pipe_001/runs/run_001/errors', { headers: { Accept: 'text/csv' } })
    ).text();
    expect(saved[0]?.name).toBe('pipeline-run-run_001-errors.csv');
    expect(await saved[0]?.blob.text()).toBe(expected);
    expect(expected).toMatch(/^Row,Column,Value,Error\r\n142,email,not-an-email,Invalid email format\r\n/);
  });

  it('shows a failure and saves nothing when the answer is not CSV', async () => {
    const saved = captureSaves();
    server.use(
      http.get('*/api/v1/pipelines/:id/runs/:runId/errors', ({ request }) =>
        request.headers.get('Accept')?.includes('text/csv')
          ? HttpResponse.html('<html>Gateway error</html>')
          : undefined,
      ),
    );
    renderRunPage('pipe_001', 'run_001');
    await userEvent.click(await screen.findByRole('button', { name: 'Download CSV' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The CSV was not downloaded');
    expect(alert).toHaveTextContent(/expected text\/csv but got text\/html/);
    expect(saved).toHaveLength(0);
  });
});

describe('an empty validation error table', () => {
  it('says the run has none when it has none', async () => {
    renderRunPage('pipe_003', 'run_300');
    expect(await screen.findByText('This run has no validation errors.')).toBeVisible();
  });

  it('says nothing is known yet while the progress cannot be loaded, rather than "no errors"', async () => {
    server.use(
      http.get('*/api/v1/pipelines/:id/runs/:runId/progress', () =>
        HttpResponse.json({ message: 'down', error_code: 'Unavailable', details: {} }, { status: 503 }),
      ),
    );
    renderRunPage('pipe_001', 'run_001');
    expect(await screen.findByText('The validation errors show once the run’s progress has loaded.')).toBeVisible();
    expect(screen.queryByText('This run has no validation errors.')).not.toBeInTheDocument();
  });

  it('says none match when a filter leaves none', async () => {
    renderRunPage('pipe_001', 'run_001');
    const table = await screen.findByRole('table', { name: 'Validation errors' });
    await within(table).findByRole('row', { name: /^142 / });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter errors by text' }), 'no-such-value');
    expect(await screen.findByText('No validation errors match.')).toBeVisible();
  });
});
