import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { callJson, freezeClock } from '@mocks/testing';
import { renderRunPage } from '../test-utils/render-run-page';

vi.setConfig({ testTimeout: 15_000 });
beforeEach(() => freezeClock());

type Row = { row: number; column: string; value: string; error: string };

/** The groups as this test counts them from the errors endpoint: "column: error count errors". */
async function expectedButtons(): Promise<string[]> {
  const { body } = await callJson<{ errors: Row[] }>('/api/v1/pipelines/pipe_001/runs/run_001/errors');
  const counts = new Map<string, number>();
  for (const e of body.errors) counts.set(`${e.column}: ${e.error}`, (counts.get(`${e.column}: ${e.error}`) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${name} ${count} ${count === 1 ? 'error' : 'errors'}`).sort();
}

const groupButtons = (region: HTMLElement) =>
  within(region)
    .getAllByRole('button', { pressed: false })
    .concat(within(region).queryAllByRole('button', { pressed: true }))
    .map((b) => b.getAttribute('aria-label') ?? '')
    .sort();

describe('errors by column', () => {
  it('shows the API’s groups; a group filters the table and the URL, and pressed again clears both', async () => {
    const { router } = renderRunPage('pipe_001', 'run_001');
    const region = await screen.findByRole('region', { name: 'Errors by column' });
    await within(region).findByText('12 errors, counted by the API');
    expect(groupButtons(region)).toEqual(await expectedButtons());

    const email = within(region).getByRole('button', { name: /^email: Invalid email format \d+ errors?$/ });
    const count = Number(/(\d+) errors?$/.exec(email.getAttribute('aria-label') ?? '')?.[1]);
    await userEvent.click(email);
    expect(email).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('?column=email&error=Invalid+email+format');
    const table = screen.getByRole('table', { name: 'Validation errors' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(count + 1));
    expect(within(table).getAllByRole('row', { name: / email .* Invalid email format$/ })).toHaveLength(count);
    expect(within(table).getByRole('row', { name: /^142 email not-an-email Invalid email format/ })).toBeVisible();

    await userEvent.click(email);
    expect(email).toHaveAttribute('aria-pressed', 'false');
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(13));
  });

  it('counts in the browser when the API has no summary (404), with the same numbers', async () => {
    server.use(
      http.get('*/api/v1/pipelines/:id/runs/:runId/errors/summary', () =>
        HttpResponse.json({ message: 'No such endpoint', error_code: 'NotFound' }, { status: 404 }),
      ),
    );
    renderRunPage('pipe_001', 'run_001');
    const region = await screen.findByRole('region', { name: 'Errors by column' });
    await within(region).findByText('12 errors, counted in the browser');
    expect(groupButtons(region)).toEqual(await expectedButtons());
  });

  it('says the count is partial while not every error page has loaded', async () => {
    server.use(
      http.get('*/api/v1/pipelines/:id/runs/:runId/errors/summary', () =>
        HttpResponse.json({ message: 'No such endpoint', error_code: 'NotFound' }, { status: 404 }),
      ),
      // The API says 2,500 errors, but only the first page ever arrives.
      http.get('*/api/v1/pipelines/:id/runs/:runId/errors', ({ request }) => {
        const offset = Number(new URL(request.url).searchParams.get('offset') ?? 0);
        if (offset > 0) return new Promise<never>(() => undefined);
        const errors = Array.from({ length: 1_000 }, (_, i) => ({ row: i + 1, column: 'c', value: 'v', error: 'e' }));
        return HttpResponse.json({ runId: 'run_001', total: 2_500, errors });
      }),
    );
    renderRunPage('pipe_001', 'run_001');
    const region = await screen.findByRole('region', { name: 'Errors by column' });
    await within(region).findByText('from the 1,000 errors loaded (of 2,500), counted in the browser');
    expect(within(region).getByRole('button', { name: 'c: e 1,000 errors' })).toBeVisible();
  });

  it('opens filtered from the URL', async () => {
    renderRunPage('pipe_001', 'run_001', 'demo-admin', '?column=age&error=Expected+integer');
    const region = await screen.findByRole('region', { name: 'Errors by column' });
    expect(await within(region).findByRole('button', { name: /^age: Expected integer \d+ errors$/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const table = screen.getByRole('table', { name: 'Validation errors' });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /^305 age abc Expected integer/ })).toBeVisible(),
    );
    const rows = within(table).getAllByRole('row').length - 1;
    expect(within(table).getAllByRole('row', { name: / age .* Expected integer$/ })).toHaveLength(rows);
  });
});
