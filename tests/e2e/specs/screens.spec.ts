// A phone, a laptop and a 4K classroom projector: the page fits and the timeline fills it.
// The screenshots go to test-results/ for a human to look at.
import { join } from 'node:path';
import { openApp, timeline } from '../app';
import { expect } from '../expect';
import { RESULTS_DIR, test } from '../harness';

const SIZES = [
  { width: 360, height: 740, mobile: true },
  { width: 1366, height: 768, mobile: false },
  { width: 3840, height: 2160, mobile: false },
];

for (const { width, height, mobile } of SIZES) {
  test(
    `at ${width}×${height} the page fits the screen and the timeline fills its width`,
    async (t) => {
      await openApp(t, '?lang=kk');
      await t.page.screenshot({ path: join(RESULTS_DIR, `screen-${width}x${height}.png`) });
      const overflow = await t.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'horizontal overflow, px').toBeLessThan(1);
      const box = (await timeline(t.page).boundingBox())!;
      expect(box.width / width, 'timeline width share').toBeGreaterThan(mobile ? 0.9 : 0.6);
    },
    { viewport: { width, height }, mobile },
  );
}
