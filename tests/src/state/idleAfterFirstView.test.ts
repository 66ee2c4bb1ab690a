import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A fresh module (its "shown" flag is per page) and an idle queue the test runs by hand. */
async function setup() {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
  vi.stubGlobal('cancelIdleCallback', (id: number) => idle.splice(id - 1, 1, () => {}));
  const m = await import('../../../src/state/idleAfterFirstView');
  return { ...m, idle: () => idle.splice(0).forEach((cb) => cb()) };
}

describe('whenIdleAfterFirstView', () => {
  it('whenIdleAfterFirstView(run) waits for the first view, then for the browser to be idle', async () => {
    const { whenIdleAfterFirstView, markFirstViewShown, idle } = await setup();
    const run = vi.fn();
    whenIdleAfterFirstView(run);
    idle();
    expect(run).not.toHaveBeenCalled();
    markFirstViewShown();
    expect(run).not.toHaveBeenCalled();
    idle();
    expect(run).toHaveBeenCalledTimes(1);
    // Once the view is shown, later work waits only for idle time.
    const later = vi.fn();
    whenIdleAfterFirstView(later);
    idle();
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('whenIdleAfterFirstView(run)() cancels it, before or after the first view', async () => {
    const { whenIdleAfterFirstView, markFirstViewShown, idle } = await setup();
    const early = vi.fn();
    whenIdleAfterFirstView(early)();
    markFirstViewShown();
    const late = vi.fn();
    whenIdleAfterFirstView(late)();
    idle();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });

  it('whenIdleAfterFirstView(run) never runs where the browser has no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const { whenIdleAfterFirstView, markFirstViewShown } =
      await import('../../../src/state/idleAfterFirstView');
    const run = vi.fn();
    whenIdleAfterFirstView(run);
    markFirstViewShown();
    await Promise.resolve();
    expect(run).not.toHaveBeenCalled();
  });
});
