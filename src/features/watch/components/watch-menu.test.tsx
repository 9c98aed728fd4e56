import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { toggleRunWatch } from '../lib/watch-store';
import { WatchMenu } from './watch-menu';

beforeEach(() => localStorage.clear());

function renderMenu() {
  renderWithProviders(
    <>
      <WatchMenu />
      <button type="button">after</button>
    </>,
  );
  return screen.getByRole('button', { name: /^Watching/ });
}

describe('the watch menu', () => {
  it('is a disclosure: the button says whether the panel is open and names what it controls', async () => {
    toggleRunWatch('pipe_001', 'run_001');
    const button = renderMenu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Watched runs and pipelines' });
    expect(button).toHaveAttribute('aria-controls', panel.id);
    expect(screen.getByRole('link', { name: /run_001/ })).toHaveAttribute('href', '/pipelines/pipe_001/runs/run_001');
  });

  it('closes on Escape and gives focus back to its button', async () => {
    toggleRunWatch('pipe_001', 'run_001');
    const button = renderMenu();
    await userEvent.click(button);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: /run_001/ })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Watched runs and pipelines' })).toBeNull();
    expect(button).toHaveFocus();
  });

  it('closes when focus moves past its end', async () => {
    const button = renderMenu();
    await userEvent.click(button);
    expect(screen.getByRole('group', { name: 'Watched runs and pipelines' })).toHaveTextContent('Nothing watched');
    const after = screen.getByRole('button', { name: 'after' });
    // Through the panel's controls (how many depends on this browser's notifications), then out.
    for (let i = 0; i < 5 && document.activeElement !== after; i++) await userEvent.tab();
    expect(after).toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Watched runs and pipelines' })).toBeNull();
  });

  it('removes an item from the list', async () => {
    toggleRunWatch('pipe_001', 'run_001');
    const button = renderMenu();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Stop watching run_001' }));
    expect(screen.getByRole('group', { name: 'Watched runs and pipelines' })).toHaveTextContent('Nothing watched');
    expect(button).toHaveAccessibleName(/^Watching 0/);
  });
});
