// Exports: a projector image at the requested size and the filtered events as data files.
import { PNG } from 'pngjs';
import { events, openApp } from '../app';
import { expect } from '../expect';
import { test, type TestContext } from '../harness';
import { allowBlockedServiceWorker, cl, downloadOf } from './classroom';

async function openExport(t: TestContext, query: string) {
  allowBlockedServiceWorker(t);
  await openApp(t, query);
  await t.page.getByText(cl('en', 'export.menu'), { exact: true }).click();
}

test('the PNG export is exactly 1920×1080 and 3840×2160', async (t) => {
  await openExport(t, '?lang=en');
  for (const [kind, w, h] of [
    ['png1080', 1920, 1080],
    ['png2160', 3840, 2160],
  ] as const) {
    const { name, bytes } = await downloadOf(t.page, () =>
      t.page.getByRole('button', { name: cl('en', `export.${kind}`) }).click(),
    );
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height], `${name} size`).toEqual([w, h]);
    // Not blank: the timeline was drawn onto the background.
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 997) colours.add(png.data.readUInt32BE(i));
    expect(colours.size > 2, `${name} has drawn content`).toBe(true);
  }
});

test('the CSV and TimelineJS exports parse and hold the filtered events', async (t) => {
  const party = events().events.filter((e) => e.themes.includes('party'));
  await openExport(t, '?lang=en&theme=party');
  const csv = await downloadOf(t.page, () =>
    t.page.getByRole('button', { name: cl('en', 'export.csv') }).click(),
  );
  const text = csv.bytes.toString('utf8');
  expect(
    text.startsWith('\uFEFFid,date,precision,type,title,summary,places,actors,sources\r\n'),
    'BOM and header',
  ).toBe(true);
  const ids = [...text.matchAll(/\r\n([a-z0-9-]+),/gu)].map((m) => m[1]);
  expect(new Set(ids), 'CSV event ids').toEqual(new Set(party.map((e) => e.id)));
  const tjs = await downloadOf(t.page, () =>
    t.page.getByRole('button', { name: cl('en', 'export.timelinejs') }).click(),
  );
  const parsed = JSON.parse(tjs.bytes.toString('utf8')) as {
    events: { unique_id: string; start_date: { year: number } }[];
  };
  expect(new Set(parsed.events.map((e) => e.unique_id)), 'TimelineJS ids').toEqual(
    new Set(party.map((e) => e.id)),
  );
  expect(
    parsed.events.every((e) => Number.isInteger(e.start_date.year)),
    'every slide has a year',
  ).toBe(true);
});
