import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { getToken } from '@/lib/session';
import { renderApp } from './testing/render-app';

const unauthorized = () =>
  HttpResponse.json({ message: 'Token expired', error_code: 'Unauthorized', details: {} }, { status: 401 });

describe('the app shell', () => {
  // The first import of a lazy page compiles it, which can outlast findBy's timeout.
  beforeAll(async () => {
    await Promise.all([
      import('@/features/auth/sign-in-page'),
      import('./layout/signed-in-layout'),
      import('./routes/pipelines-route'),
      import('./routes/pipeline-route'),
    ]);
  });

  it("shows the signed-in user's name and role in the header", async () => {
    renderApp('/pipelines', { token: 'demo-viewer' });
    const user = await screen.findByTestId('current-user');
    expect(await within(user).findByText('Vera Viewer')).toBeInTheDocument();
    expect(within(user).getByText('viewer')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pipewatch' })).toHaveAttribute('href', '/pipelines');
  });

  it('sends a visitor without a token to sign-in, and back to the page after signing in', async () => {
    const { router } = renderApp('/pipelines/pipe_001?tab=runs', { token: null });
    const field = await screen.findByLabelText('API token');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/pipelines/pipe_001?tab=runs')}`);
    await userEvent.type(field, 'demo-editor');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pipelines/pipe_001'));
    expect(router.state.location.search).toBe('?tab=runs');
    expect(await within(await screen.findByTestId('current-user')).findByText('Eddie Editor')).toBeInTheDocument();
    expect(getToken()).toBe('demo-editor');
    expect(localStorage.getItem('pipewatch.token')).toBeNull();
  });

  it('treats a 401 from any query as the end of the session: token and cache gone, back after signing in', async () => {
    server.use(http.get('*/api/v1/me', unauthorized, { once: true }));
    const { router, queryClient } = renderApp('/pipelines/pipe_001');
    await userEvent.type(await screen.findByLabelText('API token'), 'demo-admin');
    expect(getToken()).toBeNull();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/pipelines/pipe_001')}`);
    expect(queryClient.getQueryCache().find({ queryKey: ['me'] })).toBeUndefined();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pipelines/pipe_001'));
    expect(await screen.findByText('Ada Admin')).toBeInTheDocument();
  });

  it('signs out: the token and every cached answer are gone', async () => {
    const { router, queryClient } = renderApp('/pipelines');
    await screen.findByText('Ada Admin');
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('API token')).toBeInTheDocument();
    expect(getToken()).toBeNull();
    expect(queryClient.getQueryCache().find({ queryKey: ['me'] })).toBeUndefined();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('shows a 404 page for an unknown address, with the way back, inside the signed-in layout', async () => {
    renderApp('/nothing/here');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/nothing/here')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to pipelines' })).toHaveAttribute('href', '/pipelines');
    expect(screen.getByTestId('current-user')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · Pipewatch'));
  });

  it('offers a skip link to the main content', async () => {
    renderApp('/nothing/here');
    const skip = await screen.findByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('pauses and resumes polling from the header', async () => {
    renderApp('/nothing/here');
    const polling = await screen.findByRole('group', { name: 'Polling' });
    await userEvent.click(within(polling).getByRole('button', { name: 'Pause polling' }));
    expect(within(polling).getByText('Paused')).toBeInTheDocument();
    await userEvent.click(within(polling).getByRole('button', { name: 'Resume polling' }));
    expect(within(polling).queryByText('Paused')).not.toBeInTheDocument();
  });
});
