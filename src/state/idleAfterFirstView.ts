/**
 * Code fetched ahead of use (the print handout, the date grammar for a teacher's own dates, the
 * offline worker) waits until the reader sees the events: the browser is often idle while the
 * data downloads or is checked, and work started then would compete with the first view.
 */
let shown = false;
const waiting: (() => void)[] = [];

/** The first view with the events is on screen (the timeline, list or sources view mounted). */
export function markFirstViewShown(): void {
  if (shown) return;
  shown = true;
  for (const schedule of waiting.splice(0)) schedule();
}

/**
 * Run `run` once the browser is idle after the first view with the events is on screen. Where the
 * browser has no idle callbacks (Safari, tests without a browser) it never runs: callers load on
 * use. Returns a function that cancels it.
 * @example useEffect(() => whenIdleAfterFirstView(() => void import('./Handout')), [])
 */
export function whenIdleAfterFirstView(run: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {};
  let cancelled = false;
  let id: number | null = null;
  const schedule = () => {
    if (!cancelled) id = requestIdleCallback(run);
  };
  if (shown) schedule();
  else waiting.push(schedule);
  return () => {
    cancelled = true;
    if (id !== null) cancelIdleCallback(id);
  };
}
