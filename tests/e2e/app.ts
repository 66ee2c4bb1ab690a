/**
 * The app as a user sees it: one place that knows how to find the timeline, its events, the
 * panel and the controls by role and accessible name, so specs read like user stories.
 * Names come from the app's own locale files (strings.ts), in the language under test.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { Event, EventsFile } from '../../src/model/schema';
import { toKazakhLatin } from '../../src/model/translit';
import { expect, poll } from './expect';
import { DATA_FILE, type TestContext } from './harness';
import { re, tr, type Lang } from './strings';

let data: EventsFile | undefined;
/** The events file the build was made from. */
export function events(): EventsFile {
  data ??= JSON.parse(readFileSync(DATA_FILE, 'utf8')) as EventsFile;
  return data;
}

/** An event's title as the UI shows it in `lang`. */
export function titleIn(e: Event, lang: Lang): string {
  return lang === 'kk-latn' ? toKazakhLatin(e.title.kk) : e.title[lang];
}

/**
 * Opens the app (e.g. '?lang=en') and waits until the timeline has drawn and the view is in
 * the URL (the app writes the fitted range there), so tests can compare ranges from then on.
 */
export async function openApp(t: TestContext, query = ''): Promise<void> {
  await t.page.goto(t.app(query));
  await expect(
    timeline(t.page).getByRole('button').first(),
    'a mark on the timeline',
  ).toBeVisible();
  await waitForRange(t.page, () => true, 'the visible range in the URL');
}

/** The timeline region (its name is localised; its role description is not). */
export function timeline(page: Page): Locator {
  return page.locator('[role="region"][aria-roledescription="timeline"]');
}

/** Event marks on the timeline: toggle buttons (clusters are plain buttons). */
export function eventButtons(page: Page): Locator {
  return timeline(page).locator('[role="button"][aria-pressed]');
}

/** The mark of one event: its name starts with the title (date and status follow). */
export function eventButton(page: Page, e: Event, lang: Lang): Locator {
  return timeline(page).getByRole('button', {
    name: new RegExp(`^${re(titleIn(e, lang)).source},\\s`),
  });
}

/** Events drawn on the timeline: single marks plus the counts shown on cluster badges. */
export async function drawnEventCount(page: Page): Promise<number> {
  const clusters = timeline(page).locator('[role="button"]:not([aria-pressed])');
  const counts = await clusters.evaluateAll((els) =>
    els.map((el) => Number(/\d+/.exec(el.textContent ?? '')?.[0] ?? NaN)),
  );
  return (await eventButtons(page).count()) + counts.reduce((a, b) => a + b, 0);
}

/** The event a mark's accessible name ("Title, 1 March 2022") belongs to. */
export function eventNamed(name: string, lang: Lang): Event {
  const hits = events().events.filter((e) => name.startsWith(titleIn(e, lang)));
  const best = hits.sort((a, b) => titleIn(b, lang).length - titleIn(a, lang).length)[0];
  if (!best) throw new Error(`no event is named "${name}"`);
  return best;
}

/** The first event drawn as its own mark (not inside a cluster). */
export async function firstDrawnEvent(page: Page, lang: Lang): Promise<Event> {
  const name = await eventButtons(page).first().getAttribute('aria-label');
  return eventNamed(name ?? '', lang);
}

/** Text of the axis tick labels (decorative, aria-hidden, so found by structure). */
export function axisLabels(page: Page): Promise<string[]> {
  return timeline(page)
    .locator('svg > g[aria-hidden="true"] text')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
}

/** The panel of the open event: a complementary region named by the event's title. */
export function panel(page: Page, e: Event, lang: Lang): Locator {
  return page.getByRole('complementary', { name: titleIn(e, lang), exact: true });
}

/** The current URL's query parameters (the app mirrors its view state there). */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The visible range from the URL as [start, end] in ms (URL updates are debounced). */
export function rangeOf(page: Page): [number, number] | null {
  const r = params(page).get('range');
  const [a, b] = (r ?? '')
    .split('..')
    .map((s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s));
  return a !== undefined && b !== undefined && a < b ? [a, b] : null;
}

/** Waits until the visible range (per the URL) satisfies `ok`. */
export function waitForRange(page: Page, ok: (r: [number, number]) => boolean, msg: string) {
  return poll(
    async () => rangeOf(page),
    (r) => r !== null && ok(r),
    msg,
  );
}

export const span = (r: [number, number] | null) => (r ? r[1] - r[0] : NaN);

/** Waits until the axis labels differ from `before`; returns the new ones. */
export function waitForNewAxis(page: Page, before: string[], msg: string) {
  return poll(
    () => axisLabels(page),
    (now) => now.length > 0 && now.join('|') !== before.join('|'),
    msg,
  );
}

/** Waits until the axis has labels (the timeline is a lazily loaded chunk). */
export function waitForAxis(page: Page) {
  return poll(
    () => axisLabels(page),
    (now) => now.length > 0,
    'axis labels drawn',
  );
}

/** "Events shown: 3 of 5" → [3, 5]. */
export async function shownCounts(page: Page, lang: Lang): Promise<[number, number]> {
  const pattern = new RegExp(
    re(tr(lang, 'filters.shown', { count: '§', total: '¶' }))
      .source.replace('§', '(\\d+)')
      .replace('¶', '(\\d+)'),
  );
  const status = page.getByText(pattern).first();
  await expect(status, `"${tr(lang, 'filters.shown')}"`).toBeVisible();
  const m = pattern.exec((await status.textContent()) ?? '');
  return [Number(m?.[1]), Number(m?.[2])];
}

/**
 * Picks `option` in the control named `label`, whatever widget the app uses for it: a select,
 * a radio group, a tab list or a group of toggle buttons.
 */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByRole('combobox', { name: label, exact: true });
  if ((await select.count()) > 0) {
    await select.selectOption({ label: option });
    return;
  }
  const group = page
    .getByRole('radiogroup', { name: label, exact: true })
    .or(page.getByRole('group', { name: label, exact: true }))
    .or(page.getByRole('tablist', { name: label, exact: true }));
  const item = group
    .getByRole('radio', { name: option, exact: true })
    .or(group.getByRole('tab', { name: option, exact: true }))
    .or(group.getByRole('button', { name: option, exact: true }));
  await item.first().click();
}

export const chooseLang = (page: Page, from: Lang, to: Lang) =>
  choose(page, tr(from, 'lang.label'), tr(from, `lang.${to}`));
export const chooseMode = (page: Page, lang: Lang, mode: 'timeline' | 'list' | 'sources') =>
  choose(page, tr(lang, 'mode.label'), tr(lang, `mode.${mode}`));
export const chooseTheme = (page: Page, lang: Lang, theme: 'light' | 'dark' | 'contrast') =>
  choose(page, tr(lang, 'theme.label'), tr(lang, `theme.${theme}`));

export { tr };
