// Kazakh first; a Russian-, English- or Latin-script reader switches and nothing stays behind.
import type { Page } from 'playwright-core';
import { chooseLang, events, openApp, panel, tr, waitForAxis } from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';
import { toKazakhLatin } from '../../../src/model/translit';
import { allKeys, type Lang } from '../strings';

/** The first three letters of a month's name in `lang`, as ICU writes it ("нау", "мар", "mar"). */
function monthStem(month: number, lang: Lang): RegExp {
  const date = new Date(Date.UTC(2022, month, 15));
  const name = new Intl.DateTimeFormat(lang === 'kk-latn' ? 'kk' : lang, {
    month: 'long',
    timeZone: 'UTC',
  }).format(date);
  const stem = (lang === 'kk-latn' ? toKazakhLatin(name) : name).slice(0, 3);
  return new RegExp(stem, 'i');
}

/** Visible text lines plus the strings a screen reader hears (aria-label, title, placeholder). */
function screenStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines = document.body.innerText.split('\n').map((l) => l.trim());
    const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap(
      (el) => ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, ...lines, ...attrs].filter((s) => s !== '');
  });
}

/** Strings that look like an untranslated key ("panel.close") or an unfilled "{{count}}". */
function rawKeys(strings: string[]): string[] {
  const namespaces = [...new Set(allKeys().map((k) => k.split('.')[0]))];
  const key = new RegExp(`(^|[^\\w./-])(${namespaces.join('|')})\\.[A-Za-z][\\w-]*`);
  return strings.filter((s) => key.test(s) || /\{\{|\}\}/.test(s));
}

/** Simple UI strings (no placeholders) whose Kazakh text differs from `lang`'s. */
function kazakhOnly(lang: Lang): Set<string> {
  const out = new Set<string>();
  // Language names are written in their own script everywhere; the brand is a name.
  for (const k of allKeys().filter((k) => !k.startsWith('lang.') && k !== 'app.title')) {
    let kk: string;
    try {
      kk = tr('kk', k);
      if (kk.includes('{{') || kk.length < 4 || kk === tr(lang, k)) continue;
    } catch {
      continue;
    }
    out.add(kk);
  }
  return out;
}

test('Kazakh is the default language', async (t) => {
  await openApp(t);
  expect(await t.page.getAttribute('html', 'lang'), 'document language').toBe('kk');
  await expect(t.page.getByRole('searchbox', { name: tr('kk', 'search.label') })).toBeVisible();
});

test('switching to Russian, English and Kazakh Latin changes every string and date format', async (t) => {
  // An event dated to the day, viewed over the months around it so the axis names months.
  const e = events().events.find((ev) => ev.date.precision === 'day')!;
  const day = Date.parse(`${e.date.edtf.slice(0, 10)}T00:00:00Z`);
  const month = new Date(day).getUTCMonth();
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const range = `${iso(day - 40 * 864e5)}..${iso(day + 60 * 864e5)}`;
  await openApp(t, `?range=${range}&event=${e.id}`);
  let from: Lang = 'kk';
  const axisSeen = new Map<string, Lang>();
  for (const lang of ['kk', 'ru', 'en', 'kk-latn'] as const) {
    if (lang !== from) await chooseLang(t.page, from, lang);
    from = lang;
    const htmlLang = lang === 'kk-latn' ? /^kk-Latn$/i : new RegExp(`^${lang}$`);
    await poll(
      async () => (await t.page.getAttribute('html', 'lang')) ?? '',
      (l) => htmlLang.test(l),
      `html lang ${lang}`,
    );
    await expect(
      t.page.getByRole('searchbox', { name: tr(lang, 'search.label') }),
      `search in ${lang}`,
    ).toBeVisible();
    const strings = await screenStrings(t.page);
    expect(rawKeys(strings), `raw keys in ${lang}`).toEqual([]);
    if (lang !== 'kk') {
      const left = kazakhOnly(lang);
      expect(
        strings.filter((s) => left.has(s)),
        `Kazakh strings left in ${lang}`,
      ).toEqual([]);
    }
    if (lang === 'kk-latn') {
      // Every string on screen, the classroom tools included, is in the Latin alphabet (the seeds
      // are Kazakh, so the data is too); only the brand keeps its Cyrillic form.
      const cyrillic = strings.filter((s) => /\p{Script=Cyrillic}/u.test(s) && s !== 'Шежіре');
      expect(cyrillic, 'Cyrillic strings left in kk-latn').toEqual([]);
    }
    const date = (await panel(t.page, e, lang).locator('time').first().textContent()) ?? '';
    expect(date, `event date in ${lang}`).toMatch(monthStem(month, lang));
    const axis = (await waitForAxis(t.page)).join(' ');
    expect(axis, `axis months in ${lang}`).toMatch(monthStem(month, lang));
    expect(axisSeen.get(axis), `axis labels in ${lang} equal those in`).toBe(undefined);
    axisSeen.set(axis, lang);
  }
});

test('no raw i18n key or placeholder shows in any language and view', async (t) => {
  const found: string[] = [];
  for (const lang of ['kk', 'ru', 'en', 'kk-latn'] as const) {
    for (const mode of ['timeline', 'list', 'sources'] as const) {
      await t.page.goto(t.app(`?lang=${lang}&mode=${mode}&event=${events().events[0]!.id}`));
      await t.page.getByRole('main').waitFor();
      await poll(
        () => screenStrings(t.page),
        (s) => s.length > 10,
        `${lang}/${mode} rendered`,
      );
      for (const s of rawKeys(await screenStrings(t.page))) found.push(`${lang}/${mode}: ${s}`);
    }
  }
  expect(found, 'untranslated strings').toEqual([]);
});
