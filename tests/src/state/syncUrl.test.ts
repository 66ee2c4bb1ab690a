/** @vitest-environment jsdom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/state/createAppStore';
import { syncUrl } from '../../../src/state/syncUrl';

describe('syncUrl', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/app/?data=x.json');
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('syncUrl() pushes a history entry per selection and replaces for range changes', () => {
    const store = createAppStore();
    stop = syncUrl(store, window);
    const before = window.history.length;
    store.getState().select('a');
    store.getState().select('b');
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?data=x.json&event=b&lang=kk');
    store.getState().setDomain([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)]);
    expect(window.location.search).not.toContain('range=');
    vi.advanceTimersByTime(300);
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toContain('range=2022-01-01..2023-01-01');
  });

  it('syncUrl() restores the selection of the entry the back button returns to', () => {
    const store = createAppStore();
    stop = syncUrl(store, window);
    store.getState().select('a');
    store.getState().select('b');
    window.history.replaceState(null, '', '/app/?event=a&lang=kk');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selectedId).toBe('a');
    window.history.replaceState(null, '', '/app/?lang=kk');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selectedId).toBeNull();
  });
});
