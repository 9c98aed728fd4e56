import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { server } from '@mocks/node';
import { apiGet } from '@/lib/api-client';
import { setToken } from '@/lib/session';
import { createQueryClient } from '../query-client';
import { StaleBanner } from './stale-banner';

function PipelineCount() {
  const { data } = useQuery({
    queryKey: ['pipelines'],
    queryFn: ({ signal }) => apiGet({ path: '/api/v1/pipelines', schema: z.object({ total: z.number() }), signal }),
  });
  return <p>{data ? `${data.total} pipelines` : 'loading'}</p>;
}

async function renderLoaded(): Promise<QueryClient> {
  setToken('demo-admin');
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <StaleBanner />
      <PipelineCount />
    </QueryClientProvider>,
  );
  await screen.findByText(/\d+ pipelines/);
  return client;
}

const banner = () => screen.queryByText(/Showing data from/);

describe('StaleBanner', () => {
  it('is silent while data is fresh', async () => {
    await renderLoaded();
    expect(banner()).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says the data is stale while a 503 is retried, and leaves when the API recovers', async () => {
    const client = await renderLoaded();
    server.use(
      http.get(
        '*/api/v1/pipelines',
        () =>
          HttpResponse.json({ message: 'Maintenance window', error_code: 'Unavailable', details: {} }, { status: 503 }),
        { once: true },
      ),
    );
    act(() => void client.refetchQueries());
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/Showing data from .+ — Maintenance window — retrying…/));
    expect(screen.getByText(/\d+ pipelines/)).toBeInTheDocument();
    // The retry (about a second later, with backoff) gets the real answer.
    await waitFor(() => expect(banner()).not.toBeInTheDocument(), { timeout: 3_000 });
  });

  it('stays while an answer that is not retried (404) keeps failing, until a refresh succeeds', async () => {
    const client = await renderLoaded();
    server.use(
      http.get('*/api/v1/pipelines', () =>
        HttpResponse.json({ message: 'Gone fishing', error_code: 'NotFound', details: {} }, { status: 404 }),
      ),
    );
    await act(() => client.refetchQueries());
    expect(await screen.findByText(/Gone fishing/)).toBeInTheDocument();
    server.resetHandlers();
    await act(() => client.refetchQueries());
    await waitFor(() => expect(banner()).not.toBeInTheDocument());
  });

  it('names a malformed answer as such', async () => {
    const client = await renderLoaded();
    server.use(http.get('*/api/v1/pipelines', () => HttpResponse.text('<html>proxy error</html>', { status: 200 })));
    await act(() => client.refetchQueries());
    expect(await screen.findByText(/The API sent a malformed answer to GET \/api\/v1\/pipelines/)).toBeInTheDocument();
  });
});
