// A student on a phone pinches to zoom into a crowded year.
import { openApp, rangeOf, span, timeline, waitForRange } from '../app';
import { test } from '../harness';

test(
  'a two-finger pinch on a phone zooms the timeline in',
  async (t) => {
    // Early 2022, where the events are dense: the first view may hold a gap drawn narrow, whose
    // years a zoom keeps in view, so its real span would barely change.
    await openApp(t, '?lang=en&range=2022-02-01..2022-04-10');
    const before = rangeOf(t.page);
    const box = (await timeline(t.page).boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + Math.min(box.height / 2, 60);
    const cdp = await t.context.newCDPSession(t.page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - d, y: cy, id: 1 },
                { x: cx + d, y: cy, id: 2 },
              ],
      });
    await touch('touchStart', 20);
    for (let d = 30; d <= 140; d += 10) await touch('touchMove', d);
    await touch('touchEnd', 140);
    await waitForRange(
      t.page,
      (r) => span(r) < span(before) * 0.5,
      'range narrower after the pinch',
    );
  },
  { viewport: { width: 360, height: 740 }, mobile: true },
);
