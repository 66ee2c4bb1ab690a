/** When the next frame runs a callback; requestAnimationFrame in the page, a fake in tests. */
export interface FrameScheduler {
  request: (run: () => void) => number;
  cancel: (id: number) => void;
}

export interface FrameCoalescer<T> {
  /** Keeps the value; the next frame emits the latest one pushed before it. */
  push: (value: T) => void;
  /** The value waiting for the next frame, if any. */
  pending: () => T | undefined;
  /** Emits the waiting value now (if any) instead of at the next frame. */
  flush: () => void;
  /** Drops the waiting value. */
  cancel: () => void;
}

const animationFrames: FrameScheduler = {
  request: (run) => requestAnimationFrame(run),
  cancel: (id) => cancelAnimationFrame(id),
};

/**
 * At most one emit per frame, with the latest value: a wheel or a mouse sends input faster than
 * frames are drawn (and does not wait for them), and drawing every input would fall behind.
 * @example const c = coalesceFrames(draw); c.push(a); c.push(b); // the next frame draws b only
 */
export function coalesceFrames<T>(
  emit: (value: T) => void,
  scheduler: FrameScheduler = animationFrames,
): FrameCoalescer<T> {
  let waiting: { value: T } | null = null;
  let frame: number | null = null;
  const run = () => {
    frame = null;
    const w = waiting;
    waiting = null;
    if (w) emit(w.value);
  };
  return {
    push(value) {
      waiting = { value };
      frame ??= scheduler.request(run);
    },
    pending: () => waiting?.value,
    flush() {
      if (frame !== null) scheduler.cancel(frame);
      run();
    },
    cancel() {
      if (frame !== null) scheduler.cancel(frame);
      frame = null;
      waiting = null;
    },
  };
}
