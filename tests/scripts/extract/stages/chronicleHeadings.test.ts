/**
 * A chronicle's date headings on lines of their own ("5 июня 2022 года." over what happened that
 * day, then the next day's heading and entry) head its entries: none is the page's dateline. The
 * first heading used to be read as the publication date, so the entries after it were told as
 * ahead of it ("Состоялись выборы" under "20 ноября 2022 года." became a planned election) and the
 * publication date that sources.json gives was overruled.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../events/extractSentences';
import { clean } from '../../../../scripts/extract/stages/clean';
import { readHeader } from '../../../../scripts/extract/stages/header';
import { KK_MONTHS, RU_MONTHS_GENITIVE, RU_MONTHS_NOMINATIVE } from '../monthNames';

type Lang = 'kk' | 'ru';
interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;

/** The ways a heading writes its day, as chronicles and timelines do. */
const HEADINGS: Record<Lang, Array<(x: Day) => string>> = {
  ru: [
    (x) => `${x.d} ${RU_MONTHS_GENITIVE[x.m - 1]} ${x.y} года.`,
    (x) => `${x.d} ${RU_MONTHS_GENITIVE[x.m - 1]} ${x.y} года`,
    (x) => `${x.d} ${RU_MONTHS_GENITIVE[x.m - 1]} ${x.y}`,
    (x) => `${pad(x.d)}.${pad(x.m)}.${x.y}`,
  ],
  kk: [
    (x) => `${x.y} жылғы ${x.d} ${KK_MONTHS[x.m - 1]}`,
    (x) => `${x.d} ${KK_MONTHS[x.m - 1]} ${x.y} жыл`,
    (x) => `${x.d} ${KK_MONTHS[x.m - 1]}, ${x.y}`,
    (x) => `${pad(x.d)}.${pad(x.m)}.${x.y}`,
  ],
};

/** Entries told in the simple past with no date of their own, and the event each gives. */
const ENTRIES: Record<Lang, Array<[string, string]>> = {
  ru: [
    ['В Казахстане прошел республиканский референдум по поправкам в Конституцию.', 'referendum'],
    ['Состоялись внеочередные президентские выборы.', 'election'],
    ['Президент подписал указ о созыве внеочередного съезда партии.', 'decree'],
  ],
  kk: [
    ['Елімізде Конституцияға өзгерістер бойынша республикалық референдум өтті.', 'referendum'],
    ['Кезектен тыс президент сайлауы өтті.', 'election'],
    ['Мемлекет басшысы партияның кезектен тыс съезін шақыру туралы Жарлыққа қол қойды.', 'decree'],
  ],
};

const DAYS: Day[] = [
  { y: 2022, m: 6, d: 5 },
  { y: 2022, m: 11, d: 20 },
  { y: 2023, m: 3, d: 19 },
];
const TITLE = { ru: 'Хроника: главные события', kk: 'Шежіре: басты оқиғалар' };

/** A chronicle of `n` entries, each under its heading written the `form`th way. */
function chronicle(lang: Lang, form: number, n: number, top = '') {
  const days = DAYS.slice(0, n);
  const entries = days.map((x, k) => `${HEADINGS[lang][form]!(x)}\n\n${ENTRIES[lang][k]![0]}`);
  return { text: `${TITLE[lang]}\n${top}\n${entries.join('\n\n')}`, days };
}

const cases = (['ru', 'kk'] as const).flatMap((lang) =>
  HEADINGS[lang].flatMap((_, form) =>
    [2, 3].flatMap((n) =>
      ['2026-03-12', '2024-01-10'].map((published) => ({ lang, form, n, published })),
    ),
  ),
);

describe('a chronicle of dated headings', () => {
  it.each(cases)(
    '$lang heading form $form, $n entries, published $published: each entry on its heading’s day, told as held',
    ({ lang, form, n, published }) => {
      const { text, days } = chronicle(lang, form, n);
      const data = extractSentences(lang, text, published, '');
      expect(data.sources[0]!.published).toBe(published);
      const got = data.events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`).sort();
      const want = days.map((x, k) => `${ENTRIES[lang][k]![1]} ${iso(x)} reported`).sort();
      expect(got).toEqual(want);
    },
  );

  it.each(HEADINGS.ru.map((_, form) => form))(
    'ru heading form %i: a dateline right above the first heading is still the page’s',
    (form) => {
      const { text } = chronicle('ru', form, 2, '12.03.2026\n');
      expect(readHeader(clean(text)).header.published).toBe('2026-03-12');
    },
  );

  it.each(HEADINGS.kk.map((_, form) => form))(
    'kk heading form %i: one date line above the text is the dateline; a date closing the text signs it',
    (form) => {
      const day = HEADINGS.kk[form]!({ y: 2026, m: 3, d: 12 });
      const text = `${TITLE.kk}\n${day}\n\n${ENTRIES.kk[0]![0]}\n\n${ENTRIES.kk[1]![0]}\n\n${day}`;
      expect(readHeader(clean(text)).header.published).toBe('2026-03-12');
    },
  );

  /** Headings that name a year or a month, the way a chronicle of years does. */
  const COARSE: Record<
    Lang,
    Array<[(y: number, m: number) => string, (y: number, m: number) => string]>
  > = {
    ru: [
      [(y) => `${y} год`, (y) => `${y}`],
      [(y) => `${y} г.`, (y) => `${y}`],
      [(y, m) => `${RU_MONTHS_NOMINATIVE[m - 1]} ${y} года`, (y, m) => `${y}-${pad(m)}`],
      [(y, m) => `${RU_MONTHS_NOMINATIVE[m - 1]} ${y}`, (y, m) => `${y}-${pad(m)}`],
    ],
    kk: [
      [(y) => `${y} жыл`, (y) => `${y}`],
      [(y) => `${y} ж.`, (y) => `${y}`],
      [(y, m) => `${y} жылғы ${KK_MONTHS[m - 1]}`, (y, m) => `${y}-${pad(m)}`],
    ],
  };
  const coarse = (['ru', 'kk'] as const).flatMap((lang) =>
    COARSE[lang].map(([heading, value], form) => ({ lang, form, heading, value })),
  );
  it.each(coarse)(
    '$lang year or month heading form $form: each entry in its heading’s year or month, the first too',
    ({ lang, heading, value }) => {
      const days = DAYS.slice(0, 2);
      const entries = days.map((x, k) => `${heading(x.y, x.m)}\n\n${ENTRIES[lang][k]![0]}`);
      const data = extractSentences(
        lang,
        `${TITLE[lang]}\n\n${entries.join('\n\n')}`,
        '2026-03-12',
        '',
      );
      const got = data.events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`).sort();
      const want = days.map((x, k) => `${ENTRIES[lang][k]![1]} ${value(x.y, x.m)} reported`).sort();
      expect(got).toEqual(want);
      expect(
        readHeader(clean(`${TITLE[lang]}\n\n${entries.join('\n\n')}`)).header,
      ).not.toHaveProperty('publisher');
    },
  );
});
