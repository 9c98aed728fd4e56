import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WidgetBoundary } from './widget-boundary';

let broken = true;
function Phases() {
  if (broken) throw new Error('phases went sideways');
  return <p>phases ok</p>;
}

describe('WidgetBoundary', () => {
  it('keeps a crashing panel from blanking the page, and can try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <main>
        <p>the rest of the page</p>
        <WidgetBoundary title="Phases">
          <Phases />
        </WidgetBoundary>
      </main>,
    );
    expect(screen.getByText('the rest of the page')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Phases could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('phases went sideways');
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('phases ok')).toBeInTheDocument();
  });
});
