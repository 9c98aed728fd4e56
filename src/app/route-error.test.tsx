import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RouteError } from './route-error';

function BrokenPage(): never {
  throw new Error('Cannot read the run');
}

describe('RouteError', () => {
  it('says the page failed, why, and offers the way back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter([{ path: '/', element: <BrokenPage />, errorElement: <RouteError /> }]);
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { name: 'This page could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot read the run');
    expect(screen.getByRole('link', { name: 'Back to pipelines' })).toHaveAttribute('href', '/pipelines');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });
});
