import { renderHook, waitFor } from '@testing-library/react';
import { useAfterPaint } from './use-after-paint.ts';

describe('useAfterPaint', () => {
  it('returns the first value at once and a new value only after the next frame', async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: 'a' } });
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    await waitFor(() => expect(result.current).toBe('b'));
  });

  it('lands on the last of several quick changes', async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: 1 } });
    rerender({ value: 2 });
    rerender({ value: 3 });
    await waitFor(() => expect(result.current).toBe(3));
    await new Promise((r) => setTimeout(r, 150));
    expect(result.current).toBe(3);
  });
});
