import { render } from '@testing-library/react';
import { CodeName } from './code-name';

describe('CodeName', () => {
  it('offers a line break after each underscore and nowhere else, keeping the text', () => {
    const { container } = render(<CodeName code="DATA_SOURCE_UNAVAILABLE" />);
    const code = container.firstElementChild as HTMLElement;
    expect(code.textContent).toBe('DATA_SOURCE_UNAVAILABLE');
    expect(code.querySelectorAll('wbr')).toHaveLength(2);
    expect(Array.from(code.childNodes, (node) => (node.nodeName === 'WBR' ? '|' : node.textContent)).join('')).toBe(
      'DATA_|SOURCE_|UNAVAILABLE',
    );
  });

  it('leaves a code without underscores whole', () => {
    const { container } = render(<CodeName code="INGESTION" />);
    expect(container.querySelectorAll('wbr')).toHaveLength(0);
    expect(container.textContent).toBe('INGESTION');
  });
});
