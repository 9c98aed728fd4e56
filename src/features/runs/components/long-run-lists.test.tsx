import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { DOCUMENT_RUN_ID } from '@mocks/fixtures/runs';
import { server } from '@mocks/node';
import { callJson, freezeClock } from '@mocks/testing';
import { renderRunPage } from '../test-utils/render-run-page';

// Whole-page renders in jsdom take a few seconds under a parallel run.
vi.setConfig({ testTimeout: 15_000 });
beforeEach(() => freezeClock());

/** Serves the demo's answer for `path` with `change` applied (taken once, before the page asks). */
async function serveChanged(path: string, change: (body: Record<string, unknown>) => Record<string, unknown>) {
  const { body } = await callJson(path);
  const changed = change(body);
  server.use(http.get(`*${path}`, () => HttpResponse.json(changed)));
}

describe('long lists on the run page', () => {
  it('a log of 450 lines shows the newest 200, and earlier ones on request, oldest last', async () => {
    await serveChanged('/api/v1/pipelines/pipe_001/runs/run_001/progress', (body) => ({
      ...body,
      log: Array.from({ length: 450 }, (_, i) => ({
        timestamp: '2026-03-30T10:00:00Z',
        stage: 'load',
        message: `line ${i + 1}`,
      })),
    }));
    renderRunPage('pipe_001', 'run_001');
    const log = await screen.findByRole('list', { name: 'Run log entries' });
    const lines = () => within(log).getAllByRole('listitem');
    expect(lines()).toHaveLength(200);
    expect(lines()[0]).toHaveTextContent('line 251');
    expect(lines().at(-1)).toHaveTextContent('line 450');

    await userEvent.click(screen.getByRole('button', { name: 'Show 200 earlier log entries (250 not shown)' }));
    expect(lines()).toHaveLength(400);
    expect(lines()[0]).toHaveTextContent('line 51');
    await userEvent.click(screen.getByRole('button', { name: 'Show 50 earlier log entries (50 not shown)' }));
    expect(lines()).toHaveLength(450);
    expect(lines()[0]).toHaveTextContent(/line 1$/);
    expect(screen.queryByRole('button', { name: /earlier log entries/ })).toBeNull();
  });

  it('a run that lists 120 phases draws the first 50, and the rest on request', async () => {
    await serveChanged(`/v1/pipelines/${DOCUMENT_RUN_ID}/progress`, (body) => {
      const [first] = body.phases as Record<string, unknown>[];
      return {
        ...body,
        phases: Array.from({ length: 120 }, (_, i) => ({
          ...first,
          phaseId: `phase_${i + 1}`,
          name: `Phase ${i + 1}`,
        })),
      };
    });
    renderRunPage('pipe_002', DOCUMENT_RUN_ID);
    const panel = await screen.findByRole('region', { name: 'Phases' });
    await waitFor(() => expect(within(panel).getByText('Phase 50')).toBeVisible());
    expect(within(panel).queryByText('Phase 51')).toBeNull();

    await userEvent.click(within(panel).getByRole('button', { name: 'Show 50 more phases (70 not shown)' }));
    expect(within(panel).getByText('Phase 100')).toBeVisible();
    await userEvent.click(within(panel).getByRole('button', { name: 'Show 20 more phases (20 not shown)' }));
    expect(within(panel).getByText('Phase 120')).toBeVisible();
    expect(within(panel).queryByRole('button', { name: /more phases/ })).toBeNull();
  });
});
