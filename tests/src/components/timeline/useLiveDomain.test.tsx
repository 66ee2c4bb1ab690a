/** @vitest-environment jsdom */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, useLiveDomain } from '../../../../src/components/timeline/useLiveDomain';

afterEach(cleanup);
beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('useLiveDomain', () => {
  it('useLiveDomain(onSettle) draws each gesture frame and reports only the last, once settled', () => {
    const onSettle = vi.fn();
    const { result } = renderHook(() => useLiveDomain(onSettle));
    expect(result.current[0]).toBeNull();
    act(() => result.current[1]([0, 10]));
    act(() => result.current[1]([2, 12]));
    expect(result.current[0]).toEqual([2, 12]);
    act(() => void vi.advanceTimersByTime(SETTLE_MS - 1));
    expect(onSettle).not.toHaveBeenCalled();
    act(() => result.current[1]([4, 14]));
    act(() => void vi.advanceTimersByTime(SETTLE_MS - 1));
    expect(onSettle).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(1));
    expect(onSettle).toHaveBeenCalledTimes(1);
    expect(onSettle).toHaveBeenCalledWith([4, 14]);
    expect(result.current[0]).toBeNull();
  });

  it('useLiveDomain cancel() drops the gesture without reporting it', () => {
    const onSettle = vi.fn();
    const { result } = renderHook(() => useLiveDomain(onSettle));
    act(() => result.current[1]([0, 10]));
    act(() => result.current[2]());
    expect(result.current[0]).toBeNull();
    act(() => void vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(onSettle).not.toHaveBeenCalled();
  });

  it('useLiveDomain reports a gesture still under way when the timeline goes away', () => {
    const onSettle = vi.fn();
    const { result, unmount } = renderHook(() => useLiveDomain(onSettle));
    act(() => result.current[1]([0, 10]));
    unmount();
    expect(onSettle).toHaveBeenCalledWith([0, 10]);
    act(() => void vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(onSettle).toHaveBeenCalledTimes(1);
  });
});
