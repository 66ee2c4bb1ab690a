import { describe, expect, it, vi } from 'vitest';
import { isHeightMessage, reportHeight } from '../../../src/classroom/reportHeight';

describe('reportHeight', () => {
  it('posts the rounded-up height now and on change only, and stops on dispose', () => {
    let h = 100.2;
    let fire = () => {};
    const disconnect = vi.fn();
    const el = { getBoundingClientRect: () => ({ height: h }) } as unknown as Element;
    const parent = { postMessage: vi.fn() };
    const stop = reportHeight(el, parent, (cb) => {
      fire = cb;
      return { observe: () => {}, disconnect };
    });
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: 'shejire:height', height: 101 },
      '*',
    );
    fire();
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    h = 480;
    fire();
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: 'shejire:height', height: 480 },
      '*',
    );
    stop();
    expect(disconnect).toHaveBeenCalled();
  });
});

describe('isHeightMessage', () => {
  it('accepts only well-formed height messages', () => {
    expect(isHeightMessage({ type: 'shejire:height', height: 3 })).toBe(true);
    expect(isHeightMessage({ type: 'shejire:height', height: '3' })).toBe(false);
    expect(isHeightMessage({ type: 'other', height: 3 })).toBe(false);
    expect(isHeightMessage(null)).toBe(false);
  });
});
