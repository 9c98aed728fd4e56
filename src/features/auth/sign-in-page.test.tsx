import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getToken } from '@/lib/session';
import { renderWithProviders } from '@/test/render';
import { SignInPage } from './sign-in-page';

const renderSignIn = (next = '/pipelines/pipe_001') =>
  renderWithProviders(<SignInPage />, {
    route: `/sign-in?next=${encodeURIComponent(next)}`,
    path: '/sign-in',
    token: null,
  });

describe('SignInPage', () => {
  it('signs in with a token the API accepts, keeps it in sessionStorage only, and goes to next', async () => {
    const { router, queryClient } = renderSignIn();
    await userEvent.type(screen.getByLabelText('API token'), 'demo-editor');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pipelines/pipe_001'));
    expect(getToken()).toBe('demo-editor');
    expect(localStorage.length).toBe(0);
    expect(queryClient.getQueryData(['me'])).toEqual({ name: 'Eddie Editor', role: 'editor' });
    // For the first paint after a reload; the API is still asked then.
    expect(JSON.parse(sessionStorage.getItem('pipewatch.user')!)).toEqual({ name: 'Eddie Editor', role: 'editor' });
  });

  it('says in plain words that a wrong token was not accepted, and stores nothing', async () => {
    const { router } = renderSignIn();
    await userEvent.type(screen.getByLabelText('API token'), 'guess');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/This API token was not accepted/)).toBeInTheDocument();
    expect(screen.queryByText(/Authorization: Bearer/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('API token')).toHaveAttribute('aria-invalid', 'true');
    expect(getToken()).toBeNull();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('asks for a token instead of calling the API with nothing', async () => {
    renderSignIn();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your API token.');
  });

  it('offers the demo tokens as one-click fill-ins on the demo API', async () => {
    renderSignIn();
    await userEvent.click(screen.getByRole('button', { name: /demo-viewer/ }));
    expect(screen.getByLabelText('API token')).toHaveValue('demo-viewer');
    expect(screen.getByLabelText('API token')).toHaveFocus();
    expect(screen.getAllByRole('button', { name: 'Sign in' })).toHaveLength(1);
  });

  it('never sends the user to another site after signing in', async () => {
    const { router } = renderSignIn('//evil.example/phish');
    await userEvent.type(screen.getByLabelText('API token'), 'demo-admin');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pipelines'));
  });
});
