import { renderHook } from '@testing-library/react';
import { useOnChange } from './use-on-change';

describe('useOnChange', () => {
  it('is quiet on mount and on renders with the same value, and calls once per change', () => {
    const onChange = vi.fn();
    const { rerender } = renderHook(({ value }) => useOnChange(value, onChange), { initialProps: { value: 36 } });
    rerender({ value: 36 });
    expect(onChange).not.toHaveBeenCalled();
    rerender({ value: 90 });
    rerender({ value: 90 });
    expect(onChange).toHaveBeenCalledTimes(1);
    rerender({ value: 36 });
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
