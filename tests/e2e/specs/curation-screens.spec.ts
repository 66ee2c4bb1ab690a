// Screenshots of the Add-an-article dialog, the review screen and a collection on the timeline,
// on a laptop and a phone, for a human to look at (test-results/curation-*.png).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp } from '../app';
import { axeViolations } from '../axe';
import { expect } from '../expect';
import { RESULTS_DIR, test } from '../harness';
import { tr } from '../strings';

const KK = readFileSync('tests/fixtures/curation/kk-school-forum.txt', 'utf8');
const SIZES = [
  { width: 1366, height: 768, mobile: false, lang: 'kk' as const },
  { width: 390, height: 844, mobile: true, lang: 'ru' as const, dark: true },
];

for (const { width, height, mobile, lang, dark } of SIZES) {
  test(
    `curation screens at ${width}×${height}: dialog, review and layer fit the screen`,
    async (t) => {
      const { page } = t;
      const s = (key: string, vars: Record<string, string | number> = {}) =>
        tr(lang, `curation.${key}`, vars);
      const shot = (name: string) =>
        page.screenshot({ path: join(RESULTS_DIR, `curation-${name}-${width}x${height}.png`) });
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await openApp(t, `?lang=${lang}`);
      await page.getByRole('button', { name: s('add') }).click();
      const d = page.getByRole('dialog', { name: s('title') });
      await d.getByLabel(s('text')).fill(KK);
      await shot('dialog');
      expect(await overflow(), 'dialog: horizontal overflow, px').toBeLessThan(1);
      expect(await axeViolations(page), 'axe on the dialog').toEqual([]);

      await d.getByRole('button', { name: s('find') }).click();
      const cards = d.getByRole('list', { name: s('review.candidates') }).getByRole('listitem');
      await expect(cards.first(), 'candidates').toBeVisible();
      await cards
        .nth(0)
        .getByRole('button', { name: s('review.accept') })
        .click();
      await cards
        .nth(1)
        .getByRole('button', { name: s('review.reject') })
        .click();
      await cards.nth(2).getByLabel(s('review.fieldDate')).fill('2026-04-21');
      await cards
        .nth(2)
        .getByRole('button', { name: s('review.accept') })
        .click();
      await cards
        .nth(0)
        .getByRole('button', { name: s('review.show') })
        .click();
      await shot('review');
      expect(await overflow(), 'review: horizontal overflow, px').toBeLessThan(1);
      expect(await axeViolations(page), 'axe on the review screen').toEqual([]);

      await d.getByRole('button', { name: s('review.save', { count: 2 }) }).click();
      await expect(
        d
          .getByRole('status')
          .getByText(s('review.saved', { count: 2, name: s('collections.defaultName') })),
        'saved',
      ).toBeVisible();
      await d.getByRole('button', { name: s('close') }).click();
      await expect(d, 'the dialog closed').toBeHidden();
      // The event whose date the teacher set, read back from IndexedDB, opened by its link.
      const id = await page.evaluate(
        () =>
          new Promise<string>((done) => {
            const open = indexedDB.open('shejire-curation');
            open.onsuccess = () => {
              const all = open.result
                .transaction('collections')
                .objectStore('collections')
                .getAll();
              all.onsuccess = () => {
                type C = { events: { id: string; date: { method: string } }[] };
                const events = (all.result as C[]).flatMap((c) => c.events);
                done(events.find((e) => e.date.method === 'edited')?.id ?? '');
              };
            };
          }),
      );
      await openApp(t, `?lang=${lang}&event=${id}`);
      await expect(
        page.getByText(tr(lang, 'method.edited')),
        'date set by the teacher',
      ).toBeVisible();
      await shot('layer');
      expect(await overflow(), 'layer: horizontal overflow, px').toBeLessThan(1);
    },
    { viewport: { width, height }, mobile, ...(dark ? { colorScheme: 'dark' as const } : {}) },
  );
}
