import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RevealedText } from './revealed-text';

describe('RevealedText', () => {
  it('names each hidden character, keeps the text verbatim and says what it contains', () => {
    const { container } = render(<RevealedText text={'\t42\u200F '} copyLabel="value of row 9" />);
    expect(screen.getByRole('img', { name: 'tab' })).toHaveAttribute('data-symbol', '→');
    expect(screen.getByRole('img', { name: 'right-to-left mark' })).toHaveAttribute('data-symbol', 'U+200F');
    expect(screen.getByRole('img', { name: 'trailing space' })).toHaveAttribute('data-symbol', '·');
    const shown = container.querySelector('bdi');
    // What a selection copies: the characters themselves, the symbols being CSS content.
    expect(shown?.textContent).toBe('\t42\u200F ');
    expect(shown).toHaveAttribute('title', '\t42\u200F \n(contains a tab, a right-to-left mark, a trailing space)');
  });

  it('copies the verbatim value with its copy button', async () => {
    const user = userEvent.setup();
    render(<RevealedText text={'\t42'} copyLabel="value of row 9" />);
    await user.click(screen.getByRole('button', { name: 'Copy value of row 9' }));
    expect(await navigator.clipboard.readText()).toBe('\t42');
  });

  it('shows an ordinary value as plain text, with no copy button', () => {
    const { container } = render(<RevealedText text="not-an-email" copyLabel="value of row 142" />);
    expect(container.textContent).toBe('not-an-email');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
