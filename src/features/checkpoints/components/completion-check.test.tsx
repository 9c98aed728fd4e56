import { configure, act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { CompletionCheck } from './completion-check';

// A busy CI machine can take longer than the 1 s default to answer through MSW.
configure({ asyncUtilTimeout: 5_000 });

const PATH = '/pipelines/:pipelineId/checkpoints';
const NAME = 'Daily Customer Import';

/** The completion endpoint answers these, in order (the last one repeats); records which tokens it was asked about. */
function completionAnswers(...answers: { status: number; body: string }[]) {
  const asked: string[] = [];
  server.use(
    http.get('*/v0/pipelines/:name/completion_status', ({ request, params }) => {
      expect(params.name).toBe(NAME);
      asked.push(new URL(request.url).searchParams.get('token') ?? '');
      const answer = answers[Math.min(asked.length - 1, answers.length - 1)]!;
      return new HttpResponse(answer.body, { status: answer.status, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return asked;
}

const error = (status: number, message: string, code: string) => ({
  status,
  body: JSON.stringify({ message, error_code: code, details: {} }),
});
const COMPLETE = { status: 200, body: '{"status":"complete","step":9007199254740993}' };
const IN_PROGRESS = { status: 202, body: '{"status":"inprogress","step":null}' };

function renderCheck(query = '') {
  return renderWithProviders(<CompletionCheck pipelineName={NAME} />, {
    route: `/pipelines/pipe_001/checkpoints${query}`,
    path: PATH,
  });
}

/** The result region once it shows `label` (it says "Checking" while the first answer is on its way). */
async function statusShowing(label: string) {
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(label));
  return screen.getByRole('status');
}

async function check(token: string) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Completion token' }), token);
  await user.click(screen.getByRole('button', { name: 'Check' }));
}

describe('CompletionCheck', () => {
  it('runs the check on load when the URL carries ?token=, and shows the exact step', async () => {
    const asked = completionAnswers(COMPLETE);
    renderCheck('?token=tok%2Bdone%3D');
    const status = await statusShowing('Complete');
    expect(status).toHaveTextContent('up to step 9,007,199,254,740,993');
    expect(asked).toEqual(['tok+done=']);
    expect(screen.getByRole('textbox', { name: 'Completion token' })).toHaveValue('tok+done=');
  });

  it('puts the token in the URL, so a link reproduces the check', async () => {
    const asked = completionAnswers(COMPLETE);
    const { router } = renderCheck();
    expect(screen.getByText(/Paste a completion token/)).toBeInTheDocument();
    await check('abc 123');
    await statusShowing('Complete');
    expect(new URLSearchParams(router.state.location.search).get('token')).toBe('abc 123');
    expect(asked).toEqual(['abc 123']);
  });

  it('asks for a token instead of checking an empty one', async () => {
    const asked = completionAnswers(COMPLETE);
    renderCheck();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Paste a completion token first.')).toBeInTheDocument();
    expect(asked).toEqual([]);
  });

  it('does not leave the previous token’s result under "Paste a completion token first."', async () => {
    completionAnswers(COMPLETE);
    renderCheck('?token=ct-complete');
    await statusShowing('Complete');
    const user = userEvent.setup();
    await user.clear(screen.getByRole('textbox', { name: 'Completion token' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Paste a completion token first.')).toBeInTheDocument();
    expect(screen.queryByText(/Complete/)).not.toBeInTheDocument();
  });

  it('keeps checking an in-progress token every few seconds, says so, and stops once complete', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const asked = completionAnswers(IN_PROGRESS, COMPLETE);
      renderCheck('?token=tok-live');
      await statusShowing('In progress');
      expect(screen.getByText(/Checking again in 3 s/)).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(3_100));
      expect(await screen.findByText(/up to step 9,007,199,254,740,993/)).toBeInTheDocument();
      expect(screen.queryByText(/Checking again/)).not.toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      expect(asked).toEqual(['tok-live', 'tok-live']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('400: the token is invalid, with the API’s own words', async () => {
    completionAnswers(error(400, "Invalid completion token 'garbage'", 'InvalidCompletionToken'));
    renderCheck('?token=garbage');
    const status = await statusShowing('Invalid token');
    expect(status).toHaveTextContent('does not accept this as a completion token');
    expect(status).toHaveTextContent("The API said: “Invalid completion token 'garbage'”");
  });

  it('404: the pipeline does not exist', async () => {
    completionAnswers(error(404, `Unknown pipeline name '${NAME}'`, 'UnknownPipelineName'));
    renderCheck('?token=t');
    const status = await statusShowing('Unknown pipeline');
    expect(status).toHaveTextContent(`The pipeline “${NAME}” does not exist`);
    expect(status).toHaveTextContent(`Unknown pipeline name '${NAME}'`);
  });

  it('410: explains a token from a previous incarnation and links the checkpoints', async () => {
    completionAnswers(
      error(410, 'Completion token was created by a previous incarnation of the pipeline', 'CompletionTokenGone'),
    );
    renderCheck('?token=old');
    const status = await statusShowing('No longer tracked');
    expect(status).toHaveTextContent('previous incarnation of the pipeline');
    expect(status).toHaveTextContent('suspended and resumed from a checkpoint, or restarted after a failure');
    expect(status).toHaveTextContent('can no longer tell whether that input was processed');
    expect(within(status).getByRole('link', { name: 'See the checkpoints above' })).toHaveAttribute(
      'href',
      '#checkpoints',
    );
  });

  it.each([
    [error(500, 'Internal error', 'Internal'), 'The API had an internal error while checking this token.'],
    [
      error(503, 'Pipeline is not deployed', 'PipelineInteractionNotDeployed'),
      'The pipeline is not deployed, so it cannot answer for this token.',
    ],
    [error(503, 'Pipeline unreachable', 'PipelineInteractionUnreachable'), 'The pipeline cannot be reached right now.'],
    [error(503, 'Unavailable', 'ServiceUnavailable'), 'The API is unavailable right now.'],
  ])('%#: 500 / 503 say what is wrong and that the check is retried with backoff', async (answer, sentence) => {
    completionAnswers(answer);
    renderCheck('?token=t');
    const status = await statusShowing('Retrying');
    expect(status).toHaveTextContent(`${sentence} Retrying with backoff`);
  });

  it('shows a status it does not know as the API wrote it, without checking again', async () => {
    const asked = completionAnswers({ status: 200, body: '{"status":"queued"}' });
    renderCheck('?token=t');
    const status = await statusShowing('queued');
    expect(status).toHaveTextContent('The API answered with a status this page does not know: “queued”.');
    expect(screen.queryByText(/Checking again/)).not.toBeInTheDocument();
    expect(asked).toHaveLength(1);
  });

  it('names a malformed answer as such', async () => {
    completionAnswers({ status: 200, body: '{"status":"complete","step":"soon"}' });
    renderCheck('?token=t');
    expect(await screen.findByRole('alert')).toHaveTextContent('The API sent a malformed answer');
  });

  it('checks again when the same token is checked twice', async () => {
    const asked = completionAnswers(error(503, 'Pipeline is not deployed', 'PipelineInteractionNotDeployed'), COMPLETE);
    renderCheck('?token=again');
    await statusShowing('Retrying');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/up to step/)).toBeInTheDocument();
    expect(asked).toEqual(['again', 'again']);
  });
});
