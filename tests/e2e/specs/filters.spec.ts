// A student narrows the timeline down: search and each filter, then back to everything.
import { drawnEventCount, events, openApp, shownCounts, titleIn, tr } from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';

const lang = 'en';
const FACETS = ['themes', 'actors', 'places', 'organisations', 'sources'] as const;

test('search narrows the events and the count; clearing it restores them', async (t) => {
  const all = events().events;
  const target = all[all.length - 1]!;
  // A word of one title that no other title contains.
  const word = titleIn(target, lang)
    .split(/\s+/)
    .find((w) => w.length > 3 && all.filter((e) => titleIn(e, lang).includes(w)).length === 1)!;
  await openApp(t, `?lang=${lang}`);
  // The first view frames where most events are (a lone outlier may be one zoom-out away).
  const drawn = await drawnEventCount(t.page);
  expect(await shownCounts(t.page, lang), 'counts before searching').toEqual([
    all.length,
    all.length,
  ]);
  const box = t.page.getByRole('searchbox', { name: tr(lang, 'search.label') });
  await box.fill(word);
  await poll(
    () => shownCounts(t.page, lang),
    ([n]) => n >= 1 && n < all.length,
    `count for "${word}"`,
  );
  await poll(
    () => drawnEventCount(t.page),
    (n) => n >= 1 && n < all.length,
    'marks after search',
  );
  await box.fill('');
  await poll(
    () => shownCounts(t.page, lang),
    ([n]) => n === all.length,
    'count after clearing',
  );
  await poll(
    () => drawnEventCount(t.page),
    (n) => n === drawn,
    'events drawn after clearing',
  );
});

test('each filter narrows the events and the count; "clear filters" restores them', async (t) => {
  const total = events().events.length;
  await openApp(t, `?lang=${lang}`);
  const drawn = await drawnEventCount(t.page);
  for (const facet of FACETS) {
    const legend = tr(lang, `filters.${facet}`);
    const group = t.page.getByRole('group', { name: legend, exact: true });
    const option = group.getByRole('checkbox').first();
    // Long lists (people, articles) may start folded: open them as a user would.
    if (!(await option.isVisible()))
      await t.page.getByText(legend, { exact: true }).first().click();
    await expect(option, `first ${facet} option`).toBeVisible();
    // The option's own count ("Parties (3)") is what the filter must leave on screen.
    const label = await option.evaluate((el) => el.closest('label')?.textContent ?? '');
    const expected = Number(/\((\d+)\)\s*$/.exec(label)?.[1] ?? NaN);
    await option.check();
    const [shown] = await poll(
      () => shownCounts(t.page, lang),
      ([n]) => n < total,
      `${facet}: count below ${total}`,
    );
    if (Number.isFinite(expected))
      expect(shown, `${facet}: count equals the option's "${label}"`).toBe(expected);
    await t.page.getByRole('button', { name: tr(lang, 'filters.clear'), exact: true }).click();
    await poll(
      () => shownCounts(t.page, lang),
      ([n]) => n === total,
      `${facet}: count after clearing`,
    );
  }
  await poll(
    () => drawnEventCount(t.page),
    (n) => n === drawn,
    'events drawn after clearing',
  );
});
