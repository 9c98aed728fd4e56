import { QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { toast, Toaster } from 'sonner';
import { z } from 'zod';
import { server } from '@mocks/node';
import { apiGet, apiSend } from '@/lib/api-client';
import { getToken, setToken } from '@/lib/session';
import { createQueryClient } from './query-client';

function RetryButton({ toast }: { toast?: boolean }) {
  const retry = useMutation({
    mutationFn: () =>
      apiSend({ method: 'POST', path: '/api/v1/pipelines/pipe_001/runs/run_001/retry', schema: z.unknown() }),
    meta: toast === undefined ? undefined : { toast },
  });
  return (
    <button type="button" onClick={() => retry.mutate()}>
      {retry.isError ? 'failed' : 'Try it'}
    </button>
  );
}

function Pipelines() {
  const { data } = useQuery({
    queryKey: ['pipelines'],
    queryFn: ({ signal }) => apiGet({ path: '/api/v1/pipelines', schema: z.object({ total: z.number() }), signal }),
  });
  return <p>{data ? 'loaded' : 'loading'}</p>;
}

function renderWithClient(ui: React.ReactNode, token = 'demo-viewer') {
  setToken(token);
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      {ui}
      <Toaster />
    </QueryClientProvider>,
  );
  return client;
}

describe('createQueryClient', () => {
  // sonner keeps its toasts in module state: one test's toast must not answer for the next.
  afterEach(() => void toast.dismiss());

  it("toasts a failed action with the API's own words (a viewer's 403)", async () => {
    renderWithClient(<RetryButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Try it' }));
    expect(await screen.findByText(/Role 'viewer' may not/)).toBeInTheDocument();
  });

  it('leaves the toast out when the mutation shows its own error', async () => {
    renderWithClient(<RetryButton toast={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try it' }));
    await screen.findByText('failed');
    expect(screen.queryByText(/Role 'viewer' may not/)).not.toBeInTheDocument();
  });

  it('ends the session on a 401 from a query: token and cache cleared, and says so', async () => {
    server.use(
      http.get('*/api/v1/pipelines', () =>
        HttpResponse.json({ message: 'Token revoked', error_code: 'Unauthorized', details: {} }, { status: 401 }),
      ),
    );
    const client = renderWithClient(<Pipelines />, 'demo-admin');
    client.setQueryData(['me'], { name: 'Ada Admin', role: 'admin' });
    await waitFor(() => expect(getToken()).toBeNull());
    expect(client.getQueryData(['me'])).toBeUndefined();
    expect(await screen.findByText('Your session has ended. Sign in again.')).toBeInTheDocument();
  });
});
