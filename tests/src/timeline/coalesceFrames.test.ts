import { describe, expect, it } from 'vitest';
import { coalesceFrames, type FrameScheduler } from '../../../src/timeline/coalesceFrames';

/** Frames that run only when the test says so. */
function fakeFrames() {
  const queued = new Map<number, () => void>();
  let next = 1;
  const scheduler: FrameScheduler = {
    request: (run) => (queued.set(next, run), next++),
    cancel: (id) => void queued.delete(id),
  };
  const tick = () => {
    const runs = [...queued.values()];
    queued.clear();
    runs.forEach((run) => run());
  };
  return { scheduler, tick, queued: () => queued.size };
}

describe('coalesceFrames', () => {
  it('coalesceFrames(emit) emits once per frame, the latest value pushed', () => {
    const frames = fakeFrames();
    const seen: number[] = [];
    const c = coalesceFrames<number>((v) => seen.push(v), frames.scheduler);
    c.push(1);
    c.push(2);
    c.push(3);
    expect(seen).toEqual([]);
    expect(frames.queued()).toBe(1);
    frames.tick();
    expect(seen).toEqual([3]);
    frames.tick();
    expect(seen).toEqual([3]);
    c.push(4);
    frames.tick();
    expect(seen).toEqual([3, 4]);
  });

  it('pending() is the value waiting for the next frame, then nothing', () => {
    const frames = fakeFrames();
    const c = coalesceFrames<string>(() => {}, frames.scheduler);
    expect(c.pending()).toBeUndefined();
    c.push('a');
    expect(c.pending()).toBe('a');
    frames.tick();
    expect(c.pending()).toBeUndefined();
  });

  it('flush() emits the waiting value at once and leaves no frame queued', () => {
    const frames = fakeFrames();
    const seen: string[] = [];
    const c = coalesceFrames<string>((v) => seen.push(v), frames.scheduler);
    c.push('a');
    c.flush();
    expect(seen).toEqual(['a']);
    expect(frames.queued()).toBe(0);
    c.flush();
    expect(seen).toEqual(['a']);
  });

  it('cancel() drops the waiting value', () => {
    const frames = fakeFrames();
    const seen: string[] = [];
    const c = coalesceFrames<string>((v) => seen.push(v), frames.scheduler);
    c.push('a');
    c.cancel();
    frames.tick();
    expect(seen).toEqual([]);
    expect(c.pending()).toBeUndefined();
  });
});
