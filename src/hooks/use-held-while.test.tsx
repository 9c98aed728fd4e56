import { renderHook } from '@testing-library/react';
import { useHeldWhile } from './use-held-while';

describe('useHeldWhile', () => {
  it('follows the value, keeps the one it had while held, and follows again once released', () => {
    const { result, rerender } = renderHook(({ hold, value }) => useHeldWhile(hold, value), {
      initialProps: { hold: false, value: 'a' },
    });
    expect(result.current).toBe('a');
    rerender({ hold: false, value: 'b' });
    expect(result.current).toBe('b');
    rerender({ hold: true, value: 'c' });
    expect(result.current).toBe('b');
    rerender({ hold: true, value: 'd' });
    expect(result.current).toBe('b');
    rerender({ hold: false, value: 'd' });
    expect(result.current).toBe('d');
  });
});
