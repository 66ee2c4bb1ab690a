// A teacher puts the exported picture on a slide: in the dark theme it is dark with light text
// (not pale text on white), it has a title, and no focus box is baked into it.
import { PNG } from 'pngjs';
import { openApp } from '../app';
import { allowBlockedServiceWorker, cl, downloadOf } from '../classroom/classroom';
import { expect } from '../expect';
import { test } from '../harness';

/** WCAG relative luminance of an sRGB colour. */
function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) =>
    c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

test(
  'the PNG export in the dark theme is dark with readable light text',
  async (t) => {
    allowBlockedServiceWorker(t);
    await openApp(t, '?lang=en');
    await t.page.getByText(cl('en', 'export.menu'), { exact: true }).click();
    const { bytes } = await downloadOf(t.page, () =>
      t.page.getByRole('button', { name: cl('en', 'export.png1080') }).click(),
    );
    const png = PNG.sync.read(bytes);
    // The most common colour is the background; count pixels that stand out from it as text does.
    const counts = new Map<number, number>();
    for (let i = 0; i < png.data.length; i += 4)
      counts.set(png.data.readUInt32BE(i), (counts.get(png.data.readUInt32BE(i)) ?? 0) + 1);
    const [bgColour] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const bg = luminance(bgColour >>> 24, (bgColour >>> 16) & 255, (bgColour >>> 8) & 255);
    expect(bg, 'background luminance (dark theme)').toBeLessThan(0.1);
    let readable = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const l = luminance(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!);
      if (contrast(l, bg) >= 7) readable++;
    }
    expect(
      readable / (png.width * png.height),
      'share of high-contrast (text) pixels',
    ).toBeGreaterThan(0.002);
  },
  { colorScheme: 'dark' },
);
