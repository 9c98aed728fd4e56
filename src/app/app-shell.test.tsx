import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { getToken, rememberUser, setToken } from '@/lib/session';
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

  describe('on a reload, before /me answers', () => {
    /** /me held until the test lets it answer, with whoever the API now says the token is. */
    function holdMe() {
      let answer: (user: { name: string; role: string }) => void = () => {};
      const answered = new Promise<{ name: string; role: string }>((resolve) => (answer = resolve));
      server.use(http.get('*/api/v1/me', async () => HttpResponse.json(await answered), { once: true }));
      return answer;
    }

    it("shows the tab's remembered user and role from the first paint, then the API's answer", async () => {
      setToken('demo-viewer');
      rememberUser({ name: 'Vera Viewer', role: 'viewer' });
      const answerMe = holdMe();
      renderApp('/pipelines', { token: null });
      const user = await screen.findByTestId('current-user');
      expect(within(user).getByText('Vera Viewer')).toBeInTheDocument();
      expect(await screen.findByText(/Your role \(viewer\) is read-only/)).toBeInTheDocument();
      expect(screen.queryByText('Checking your role…')).not.toBeInTheDocument();

      // The role changed since: the API's word replaces the hint, on screen and in the tab.
      answerMe({ name: 'Vera Viewer', role: 'editor' });
      expect(await within(user).findByText('editor')).toBeInTheDocument();
      expect(screen.queryByText(/is read-only/)).not.toBeInTheDocument();
      expect(JSON.parse(sessionStorage.getItem('pipewatch.user')!)).toEqual({ name: 'Vera Viewer', role: 'editor' });
    });

    it.each([
      ['not JSON', '{"name":'],
      ['not an answer of /me', JSON.stringify({ name: '<img src=x onerror=alert(1)>' })],
    ])('ignores a remembered user that is %s, and waits for the API', async (_, stored) => {
      setToken('demo-viewer');
      sessionStorage.setItem('pipewatch.user', stored);
      const answerMe = holdMe();
      renderApp('/pipelines', { token: null });
      expect(await screen.findByText('Checking your role…')).toBeInTheDocument();
      expect(within(screen.getByTestId('current-user')).getByText('…')).toBeInTheDocument();
      answerMe({ name: 'Vera Viewer', role: 'viewer' });
      expect(await screen.findByText(/Your role \(viewer\) is read-only/)).toBeInTheDocument();
    });

    it('forgets the remembered user with the token: a new sign-in starts from nothing', () => {
      setToken('demo-viewer');
      rememberUser({ name: 'Vera Viewer', role: 'viewer' });
      setToken('demo-admin');
      expect(sessionStorage.getItem('pipewatch.user')).toBeNull();
    });
  });

  it('signs out: the token, the remembered user and every cached answer are gone', async () => {
    const { router, queryClient } = renderApp('/pipelines');
    await screen.findByText('Ada Admin');
    expect(sessionStorage.getItem('pipewatch.user')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('API token')).toBeInTheDocument();
    expect(getToken()).toBeNull();
    expect(sessionStorage.getItem('pipewatch.user')).toBeNull();
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
