import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { CheckpointsPage } from './checkpoints-page';

// Each page load chains two requests (name, then data): a busy CI machine needs more than the 1 s default.
configure({ asyncUtilTimeout: 5_000 });

const PATH = '/pipelines/:pipelineId/checkpoints';

/** The demo knows pipe_001 as "Daily Customer Import"; this makes the id lookup answer another name. */
function pipelineNamed(name: string) {
  server.use(http.get('*/api/v1/pipelines/:id', ({ params }) => HttpResponse.json({ id: params.id, name })));
}

/**
 * A body written by hand, so the 64-bit digits go through the real client's JSON parse.
 * In API order the step 2^53 checkpoint comes before the 2^53 + 1 one: only a bigint sort swaps them.
 */
function checkpointsBody(text: string, status = 200) {
  server.use(
    http.get(
      '*/v0/pipelines/:name/checkpoints',
      () => new HttpResponse(text, { status, headers: { 'Content-Type': 'application/json' } }),
    ),
  );
}

const BIG = `[
  {"uuid":"11111111-1111-4111-8111-111111111111","identifier":"nightly-1","fingerprint":9007199254740993,"processed_records":48211,"size":1610612736,"steps":1180},
  {"uuid":"22222222-2222-4222-8222-222222222222","identifier":null,"fingerprint":9223372036854775807,"processed_records":null,"size":null,"steps":9007199254740992},
  {"uuid":"33333333-3333-4333-8333-333333333333","fingerprint":18446744073709551615,"processed_records":9007199254740993,"size":9223372036854775807,"steps":9007199254740993}
]`;

function renderPage(pipelineId = 'pipe_001', query = '') {
  return renderWithProviders(<CheckpointsPage pipelineId={pipelineId} />, {
    route: `/pipelines/${pipelineId}/checkpoints${query}`,
    path: PATH,
  });
}

async function rows() {
  const table = await screen.findByRole('table', { name: 'Checkpoints' });
  // hidden: true skips jsdom's per-element visibility check, which makes hundreds of rows slow to query.
  return within(table).getAllByRole('row', { hidden: true }).slice(1);
}

describe('CheckpointsPage', () => {
  it('shows every 64-bit value digit for digit, newest (most steps) first by bigint comparison', async () => {
    checkpointsBody(BIG);
    renderPage();
    const [newest, middle, oldest] = await rows();
    expect(newest).toHaveTextContent('18446744073709551615');
    expect(within(newest!).getByTitle('9007199254740993 records')).toHaveTextContent('9,007,199,254,740,993');
    expect(newest).toHaveTextContent('9,007,199,254,740,993');
    expect(middle).toHaveTextContent('9223372036854775807');
    expect(middle).toHaveTextContent('9,007,199,254,740,992');
    expect(oldest).toHaveTextContent('9007199254740993');
    expect(oldest).toHaveTextContent('nightly-1');
  });

  it('formats sizes for people with the exact bytes on hover, and shows "—" for what is missing', async () => {
    checkpointsBody(BIG);
    renderPage();
    const [newest, middle, oldest] = await rows();
    expect(within(oldest!).getByTitle('1610612736 bytes')).toHaveTextContent('1.5 GiB');
    expect(within(newest!).getByTitle('9223372036854775807 bytes')).toHaveTextContent('8 EiB');
    const cells = within(middle!).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      expect.stringContaining('22222222'),
      '—',
      '9223372036854775807',
      '—',
      '—',
      '9,007,199,254,740,992',
    ]);
  });

  it('sums sizes exactly in the summary and names the latest step', async () => {
    checkpointsBody(BIG);
    renderPage();
    await rows();
    expect(screen.getByText('Total size').nextElementSibling).toHaveAttribute(
      'title',
      `${9223372036854775807n + 1610612736n} bytes`,
    );
    expect(screen.getByText('1 without a size')).toBeInTheDocument();
    expect(screen.getByText('Latest step').nextElementSibling).toHaveTextContent('9,007,199,254,740,993');
    expect(screen.getByText('Count').nextElementSibling).toHaveTextContent('3');
  });

  it('describes the chart in words', async () => {
    checkpointsBody(BIG);
    renderPage();
    const chart = await screen.findByRole('img', { name: 'Size and processed records by step' });
    expect(chart).toHaveAccessibleDescription(
      '3 checkpoints from step 1,180 to step 9,007,199,254,740,993: size 1.5 GiB → 8 EiB; processed records 48,211 → 9,007,199,254,740,993.',
    );
  });

  it("shows the demo pipeline's checkpoints, fingerprints above 2^53 exactly", async () => {
    renderPage('pipe_001');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Daily Customer Import: checkpoints' }),
    ).toBeInTheDocument();
    const [newest, middle, oldest] = await rows();
    expect(newest).toHaveTextContent('18446744073709551615');
    expect(middle).toHaveTextContent('9223372036854775807');
    expect(oldest).toHaveTextContent('9007199254740993');
  });

  it("asks for the checkpoints by the pipeline's name, URL-encoded, and shows missing fields as —", async () => {
    // Demo pipe_006 is "Finance Ledger #1 (EU)": unencoded, the '#' would cut the path short.
    renderPage('pipe_006');
    const [withSteps, bare] = await rows();
    expect(bare).toHaveTextContent('12345678901234567890');
    expect(
      within(bare!)
        .getAllByRole('cell')
        .slice(1)
        .map((cell) => cell.textContent),
    ).toEqual(['—', '12345678901234567890', '—', '—', '—']);
    expect(withSteps).toHaveTextContent('42');
  });

  it('shows thousands of checkpoints newest first, a hundred at a time, with the summary over all of them', async () => {
    const many = Array.from({ length: 2_500 }, (_, i) => ({
      uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      fingerprint: i,
      size: 1024,
      steps: i + 1,
    }));
    checkpointsBody(JSON.stringify(many));
    renderPage();
    const firstPage = await rows();
    expect(firstPage).toHaveLength(100);
    expect(firstPage[0]).toHaveTextContent('2,500');
    expect(screen.getByText('Count').nextElementSibling).toHaveTextContent('2,500');
    expect(screen.getByText(/Showing the newest 100 of 2,500 checkpoints/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(await rows()).toHaveLength(200);
  }, 15_000);

  it('explains what a checkpoint is for when there are none', async () => {
    checkpointsBody('[]');
    renderPage();
    expect(await screen.findByText(/snapshot of the pipeline’s state/)).toHaveTextContent(
      /resumes from its latest checkpoint/,
    );
    expect(screen.queryByRole('table', { name: 'Checkpoints' })).not.toBeInTheDocument();
  });

  it("shows 004's message for an unknown pipeline name, with a way back", async () => {
    pipelineNamed('non-existent-pipeline');
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Unknown pipeline name 'non-existent-pipeline'");
    expect(alert).toHaveTextContent('UnknownPipelineName');
    expect(within(alert).getByRole('link', { name: 'Back to pipelines' })).toHaveAttribute('href', '/pipelines');
  });

  it('keeps the last good checkpoints on screen when a refresh answers 503', async () => {
    checkpointsBody(BIG);
    const { queryClient } = renderPage();
    await rows();
    checkpointsBody('{"message":"Service unavailable","error_code":"ServiceUnavailable","details":{}}', 503);
    await queryClient.refetchQueries({ queryKey: ['checkpoints'] });
    await waitFor(() =>
      expect(queryClient.getQueryState(['checkpoints', 'Daily Customer Import'])?.status).toBe('error'),
    );
    expect(await rows()).toHaveLength(3);
    expect(screen.getByRole('alert')).toHaveTextContent('retrying with backoff');
  });

  it('names a malformed answer as such', async () => {
    checkpointsBody('[{"uuid":"x","fingerprint":"abc"}]');
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The API sent a malformed answer to GET /v0/pipelines/Daily%20Customer%20Import/checkpoints: field "[0].fingerprint"',
    );
  });

  it('says so when the pipeline id is unknown', async () => {
    server.use(
      http.get('*/api/v1/pipelines/:id', () =>
        HttpResponse.json(
          { message: 'Pipeline not found', error_code: 'PipelineNotFound', details: {} },
          { status: 404 },
        ),
      ),
    );
    renderPage('nope');
    const notFound = (await screen.findByRole('heading', { name: 'Pipeline nope not found' })).closest(
      'section',
    ) as HTMLElement;
    expect(notFound).toHaveTextContent('HTTP 404 · PipelineNotFound · Pipeline not found');
    expect(within(notFound).getByRole('link', { name: 'Back to pipelines' })).toHaveAttribute('href', '/pipelines');
  });
});
