/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import type { FrameScheduler } from '../../../src/timeline/coalesceFrames';
import { createZoomAdapter } from '../../../src/timeline/createZoomAdapter';
import type { Domain } from '../../../src/timeline/domain';

function fakeFrames() {
  const queued: (() => void)[] = [];
  const scheduler: FrameScheduler = {
    request: (run) => queued.push(run),
    cancel: () => {},
  };
  return { scheduler, tick: () => queued.splice(0).forEach((run) => run()) };
}

const swipe = (node: Element, deltaX: number) =>
  node.dispatchEvent(new WheelEvent('wheel', { deltaX, deltaY: 0, cancelable: true }));

describe('createZoomAdapter', () => {
  it('createZoomAdapter reports a burst of trackpad swipes once, at the next frame, all of them added up', () => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(node);
    const frames = fakeFrames();
    const seen: Domain[] = [];
    const adapter = createZoomAdapter(
      node,
      {
        domain: [400, 600],
        full: [0, 1000],
        widthPx: 100,
        heightPx: 50,
        minSpanMs: 10,
        reducedMotion: true,
      },
      (d) => seen.push(d),
      frames.scheduler,
    );
    // Each swipe of 10 px pans 10 % of the 200 ms span: 20 ms later in time.
    for (let i = 0; i < 3; i++) swipe(node, 10);
    expect(seen).toEqual([]);
    frames.tick();
    expect(seen).toEqual([[460, 660]]);
    frames.tick();
    expect(seen).toHaveLength(1);
    adapter.destroy();
  });

  it('createZoomAdapter leaves a gesture that waits for its frame alone when props arrive', () => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(node);
    const frames = fakeFrames();
    const seen: Domain[] = [];
    const options = {
      domain: [400, 600] as Domain,
      full: [0, 1000] as Domain,
      widthPx: 100,
      heightPx: 50,
      minSpanMs: 10,
      reducedMotion: true,
    };
    const adapter = createZoomAdapter(node, options, (d) => seen.push(d), frames.scheduler);
    swipe(node, 10);
    // The parent re-renders with the old domain before the frame: the swipe must not be lost.
    adapter.update(options);
    swipe(node, 10);
    frames.tick();
    expect(seen).toEqual([[440, 640]]);
    adapter.destroy();
  });
});
