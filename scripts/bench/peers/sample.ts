/**
 * One bench:peers sample: a fresh Chromium opens one target at n events and measures
 * - bytes: JS+CSS the page itself had loaded at its first render, gzip (as a server sends them),
 *   and at the moment it became interactive;
 * - first render: navigation start → the first frame after the target's events appeared
 *   (a rAF loop installed before any page script polls for them); interactive: the same for the
 *   events of the live timeline (the app draws a static first view before its own code arrives;
 *   the peers draw only live ones, so for them the two are one);
 * - zoom and drag: 60 wheel events, or a press and 60 moves, sent 16 ms apart over the DevTools
 *   protocol without waiting for the page (a user's wheel does not wait either); the frame p95 is
 *   over the rAF intervals from the first input until the page has handled the last one and drawn
 *   a frame; catch-up is that time, beside the input's own 960 ms; settle is the longest frame
 *   in the second after catch-up (work a page defers until the gesture ends shows there);
 * - heap after a forced GC and the number of elements in the document.
 */
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../../tests/e2e/chromium';
import type { BenchServer } from './server';
import type { Target } from './targets';

export interface Gesture {
  p95Ms: number;
  catchUpMs: number;
  /** Longest frame in the SETTLE_WINDOW_MS after catch-up, ms. */
  settleMs: number;
}
export interface Sample {
  jsCssGzip: number;
  firstRenderMs: number;
  jsCssInteractiveGzip: number;
  interactiveMs: number;
  zoom: Gesture | null;
  drag: Gesture | null;
  heapBytes: number;
  domElements: number;
}

export const INPUTS = 60;
export const INPUT_GAP_MS = 16;
/** How long after catch-up frames are still watched: the end of a gesture may start work. */
export const SETTLE_WINDOW_MS = 1000;
/** A gesture that has not caught up after this long is reported as this long. */
const CATCH_UP_CAP_MS = 120_000;

// Strings, not functions: tsx would wrap named inner functions in a helper the page lacks.
// At that frame it also notes the scripts and styles the page had loaded (resource timing).
const FIRST_FRAME = (selector: string, name: string) => `(() => {
  const loop = () => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      requestAnimationFrame((t) => {
        const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
        window.${name} = { t, loaded };
      });
      return;
    }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;
interface Frame {
  t: number;
  loaded: string[];
}
const frameOf = (page: Page, name: string) =>
  page
    .waitForFunction((n) => (window as unknown as Record<string, unknown>)[n] !== undefined, name, {
      timeout: 300_000,
    })
    .then(() => page.evaluate((n) => (window as unknown as Record<string, Frame>)[n]!, name));
const FRAME_RECORDER = `(() => {
  window.__frames = [];
  const loop = (t) => { window.__frames.push(t); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`;

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));
const nextFrame = (page: Page) =>
  page.evaluate(
    () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
  );

async function centreOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  // Within the first screen: vis-timeline's panel can be taller than the window.
  return { x: box.x + box.width / 2, y: Math.min(box.y + box.height / 2, 600) };
}

/** Sends the inputs on a fixed 16 ms clock and times how long the page takes to keep up. */
async function gesture(page: Page, cdp: CDPSession, inputs: object[]): Promise<Gesture> {
  const from = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  const acks: Promise<unknown>[] = [];
  for (let i = 0; i < inputs.length; i++) {
    await sleepUntil(t0 + i * INPUT_GAP_MS);
    acks.push(cdp.send('Input.dispatchMouseEvent', inputs[i] as never));
  }
  const cap = new Promise((r) => setTimeout(r, CATCH_UP_CAP_MS));
  await Promise.race([Promise.all(acks).then(() => nextFrame(page)), cap]);
  const catchUpMs = Date.now() - t0;
  const caughtUp = await page.evaluate(() => performance.now());
  await new Promise((r) => setTimeout(r, SETTLE_WINDOW_MS));
  await nextFrame(page);
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
  const gapsOf = (ts: number[]) => ts.slice(1).map((t, i) => t - ts[i]!);
  const before = frames.filter((t) => t < from).at(-1) ?? from;
  const gaps = gapsOf([before, ...frames.filter((t) => t >= from && t <= caughtUp)]);
  gaps.sort((a, b) => a - b);
  const p95Ms = gaps[Math.min(gaps.length - 1, Math.floor(0.95 * gaps.length))] ?? catchUpMs;
  const last = frames.filter((t) => t <= caughtUp).at(-1) ?? caughtUp;
  const after = frames.filter((t) => t > caughtUp && t <= caughtUp + SETTLE_WINDOW_MS);
  const settleMs = Math.max(0, ...gapsOf([last, ...after]));
  return { p95Ms, catchUpMs, settleMs };
}

const wheel = (x: number, y: number, deltaY: number) => ({
  type: 'mouseWheel',
  x,
  y,
  deltaX: 0,
  deltaY,
});

export async function measureSample(
  server: BenchServer,
  target: Target,
  n: number,
): Promise<Sample> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => console.error(`  ${target.name}: page error: ${e.message}`));
    await page.addInitScript(FIRST_FRAME(target.drawn, '__firstFrame'));
    await page.addInitScript(FIRST_FRAME(target.interactive, '__interactive'));
    await page.addInitScript(FRAME_RECORDER);
    server.takeServed();
    await page.goto(server.origin + target.path(n), { waitUntil: 'commit' });
    const first = await frameOf(page, '__firstFrame');
    const live = await frameOf(page, '__interactive');
    // The page's own loads: the service worker's precache (the app's) is not a first load.
    const served = server.takeServed();
    const gzipOf = (loaded: string[]) => {
      let bytes = 0;
      for (const [path, body] of served)
        if (loaded.includes(path) && /\.(js|css)$/u.test(path)) bytes += gzipSync(body).length;
      return bytes;
    };
    const [firstRenderMs, jsCssGzip] = [first.t, gzipOf(first.loaded)];
    const [interactiveMs, jsCssInteractiveGzip] = [live.t, gzipOf(live.loaded)];

    // Let the page settle (late layout, the service worker's precache) before the gestures.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 10_000 })));
    const cdp = await page.context().newCDPSession(page);
    const { x, y } = await centreOf(page, target.surface);
    await page.mouse.move(x, y);
    const half = INPUTS / 2;
    const zoom = target.wheelZooms
      ? await gesture(
          page,
          cdp,
          Array.from({ length: INPUTS }, (_, i) => wheel(x, y, i < half ? -100 : 100)),
        )
      : null;
    const press = { x, y, button: 'left', clickCount: 1 };
    const drag = await gesture(page, cdp, [
      { type: 'mousePressed', ...press },
      ...Array.from({ length: INPUTS }, (_, i) => ({
        type: 'mouseMoved',
        x: x - (i < half ? i : INPUTS - i) * 8,
        y,
        button: 'left',
        buttons: 1,
      })),
      { type: 'mouseReleased', ...press, x: x - 8 },
    ]);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    return {
      jsCssGzip,
      firstRenderMs,
      jsCssInteractiveGzip,
      interactiveMs,
      zoom,
      drag,
      heapBytes: usedSize,
      domElements,
    };
  } finally {
    await browser.close();
  }
}
