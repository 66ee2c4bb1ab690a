/**
 * A month adjective on an event's noun with no year is that event's month. "В сентябрьском
 * Послании Президент поручил Правительству …" (published 12 March 2025; written for the test)
 * dated the Address on the publication day: the adjective was read only to narrow a year the
 * sentence gave, while Kazakh's "қыркүйектегі Жолдауында" was September 2024. Generated over the
 * 12 month adjectives, their case forms with the event nouns, and past and future verbs.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { extractSentences } from '../../../events/extractSentences';

const DCT = '2025-03-12';
const STEMS = [
  'январск',
  'февральск',
  'мартовск',
  'апрельск',
  'майск',
  'июньск',
  'июльск',
  'августовск',
  'сентябрьск',
  'октябрьск',
  'ноябрьск',
  'декабрьск',
];
/** [preposition, adjective ending, noun]: prepositional, genitive, instrumental, locative "на". */
const PHRASES: [string, string, string][] = [
  ['В', 'ом', 'Послании'],
  ['После', 'ого', 'заседания'],
  ['Перед', 'им', 'визитом'],
  ['На', 'ой', 'сессии'],
  ['В', 'ом', 'ежегодном обращении'],
];
const VERBS = { past: 'поручил', future: 'поручит' };
const FORMS = STEMS.flatMap((stem, k) =>
  PHRASES.flatMap(([prep, end, noun]) =>
    (['past', 'future'] as const).map(
      (dir) =>
        [
          `${prep} ${stem}${end} ${noun} Президент ${VERBS[dir]} Правительству подготовить закон.`,
          dir,
          k + 1,
        ] as const,
    ),
  ),
);
/** The month's year by the tense, as a year-less month name's: March 2025 is the DCT's month. */
const yearOf = (dir: 'past' | 'future', month: number) =>
  dir === 'past' ? (month <= 3 ? 2025 : 2024) : month >= 3 ? 2025 : 2026;

describe('a month adjective on an event noun', () => {
  it.each(FORMS)('%s (%s)', (text, dir, month) => {
    const t = tagDates(text, { lang: 'ru', dct: DCT }).find((x) => /ск/u.test(x.text));
    expect(t?.value).toBe(`${yearOf(dir, month)}-${String(month).padStart(2, '0')}`);
  });

  it.each(['сентябрьские праздники', 'майские праздники', 'январские морозы'])(
    'no date of a noun that is no event (%s)',
    (phrase) => expect(tagDates(`Были ${phrase}.`, { lang: 'ru', dct: DCT })).toEqual([]),
  );

  it('leaves a year after the noun to date it ("мартовского Послания 2022 года")', () => {
    const dates = tagDates('Выполнение мартовского Послания 2022 года обсудили.', {
      lang: 'ru',
      dct: DCT,
    });
    expect(dates.map((t) => t.value)).toEqual(['2022']);
  });

  it.each([
    [
      'ru',
      'В сентябрьском Послании Президент поручил Правительству разработать новый Налоговый кодекс.',
    ],
    ['kk', 'Президент қыркүйектегі Жолдауында Үкіметке жаңа Салық кодексін әзірлеуді тапсырды.'],
  ] as const)('%s: the Address is of September 2024 (%s)', (lang, sentence) => {
    const events = extractSentences(lang, sentence, DCT).events;
    expect(events.filter((e) => e.type === 'address').map((e) => e.date.edtf)).toContain('2024-09');
  });
});
