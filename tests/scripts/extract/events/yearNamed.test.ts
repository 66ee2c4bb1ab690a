/**
 * A year given a name is titled by it: "Президент объявил 2026 год Годом рабочих профессий",
 * "2026 жыл Жұмысшы мамандықтары жылы деп жарияланды" were titled "Event"; they are "2026
 * declared the Year of «рабочих профессий»" (events/yearNamed.ts). The name is kept as written,
 * capitalised or quoted; done or ahead by the cue's verb, not by the year it names. A "Год" that
 * names no year ("Год назад …") tells none. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-12-20';

const RU_NAMES = [
  'рабочих профессий',
  'цифровизации и искусственного интеллекта',
  'детского спорта',
];
// (Who declares, and the verb agreeing with him in gender and number.)
const RU_FRAMES = [
  (y: number, n: string) => `Президент объявил ${y} год Годом ${n}.`,
  (y: number, n: string) => `Ассамблея народа Казахстана объявила ${y} год Годом ${n}.`,
  (y: number, n: string) => `Депутаты объявили ${y} год «Годом ${n}».`,
  (y: number, n: string) => `${y} год объявлен Годом ${n}.`,
  (y: number, n: string) => `Указом президента ${y} год объявлен Годом ${n}.`,
];
const KK_NAMES = ['Жұмысшы мамандықтары', 'Цифрландыру және жасанды интеллект', 'Балалар спорты'];
const KK_FRAMES = [
  (y: number, n: string) => `${y} жыл ${n} жылы деп жарияланды.`,
  (y: number, n: string) => `${y} жыл «${n} жылы» деп жарияланды.`,
  (y: number, n: string) => `Елімізде ${y} жыл ${n} жылы болып жарияланды.`,
];
const YEARS = [2024, 2026];

const cases = [
  ...RU_FRAMES.flatMap((f) => RU_NAMES.flatMap((n) => YEARS.map((y) => ['ru', f(y, n), y, n] as const))), // prettier-ignore
  ...KK_FRAMES.flatMap((f) => KK_NAMES.flatMap((n) => YEARS.map((y) => ['kk', f(y, n), y, n] as const))), // prettier-ignore
];

describe('a year given a name', () => {
  it.each(cases)('%s: %s', (lang, text, y, n) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => e.title.en)).toEqual([`${y} declared the Year of «${n}»`]);
    expect(events.map((e) => e.title[lang])).toEqual([
      lang === 'ru' ? `${y} год объявлен Годом «${n}»` : `${y} жыл «${n}» жылы деп жарияланды`,
    ]);
  });
});

// "Год" naming no year, or a year with no name: no "Year of".
const SILENT = [
  ['ru', 'Год назад президент объявил о начале реформы.'],
  ['ru', 'В 2026 году будет объявлен новый конкурс.'],
  ['kk', 'Өткен жылы жаңа байқау жарияланды.'],
  ['kk', '2026 жылы жаңа байқау жарияланды.'],
] as const;

describe('no year named', () => {
  it.each(SILENT)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.filter((t) => /Year of/u.test(t))).toEqual([]);
  });
});

// A naming with no date of its own: the article's news in its lead (the publication day), or
// told in a perfect ("объявлен", "жариялап отыр") anywhere; a simple past ("объявил",
// "жариялады") past the lead is a name known from before, recalled with no date. Never the year
// it names.
// (A headline, then the lead paragraph, then the naming's paragraph.)
const LEAD = {
  ru: 'Форум молодёжи в столице\n\nВ столице прошёл большой форум, на котором обсуждали развитие профессионального образования и занятость молодёжи в регионах страны.',
  kk: 'Астанадағы жастар форумы\n\nАстанада кәсіптік білім беруді дамыту және жастарды жұмыспен қамту мәселелеріне арналған үлкен форум өтті.',
};
const RU_UNDATED = [
  ['Президент объявил', 'recalled-no-date'],
  ['Ассамблея народа Казахстана объявила', 'recalled-no-date'],
  ['Правительство объявило', 'recalled-no-date'],
  ['Депутаты объявили', 'recalled-no-date'],
] as const;
const RU_PERFECT = ['Указом президента', 'Решением правительства', 'В стране', 'У нас'];
const KK_UNDATED = [
  ['жариялады', 'recalled-no-date'],
  ['жариялап отыр', '2025-03-12'],
] as const;
const KK_SUBJECTS = ['Президент', 'Мемлекет басшысы', 'Үкімет', 'Депутаттар'];
const UNDATED_PUB = '2025-03-12';

function namingDay(lang: 'kk' | 'ru', text: string): string[] {
  const data = extractSentences(lang, text, UNDATED_PUB);
  return [
    ...data.events.filter((e) => /Year of/u.test(e.title.en)).map((e) => e.date.edtf),
    ...data.unplaced
      .filter((u) => u.kind === 'event' && u.type === 'other')
      .map((u) => u.reasonCode),
  ];
}

const undated = [
  ...RU_UNDATED.flatMap(([who, away]) =>
    YEARS.flatMap((y) => [
      ['ru', `${who} ${y} год Годом рабочих профессий.`, '2025-03-12'],
      ['ru', `${LEAD.ru}\n\n${who} ${y} год Годом рабочих профессий.`, away],
    ]),
  ),
  ...RU_PERFECT.flatMap((by) =>
    YEARS.flatMap((y) => [
      ['ru', `${by} ${y} год объявлен Годом рабочих профессий.`, '2025-03-12'],
      ['ru', `${LEAD.ru}\n\n${by} ${y} год объявлен Годом рабочих профессий.`, '2025-03-12'],
    ]),
  ),
  ...KK_SUBJECTS.flatMap((who) =>
    KK_UNDATED.flatMap(([verb, away]) =>
      YEARS.flatMap((y) => [
        ['kk', `${who} ${y} жылды Жұмысшы мамандықтары жылы деп ${verb}.`, '2025-03-12'],
        ['kk', `${LEAD.kk}\n\n${who} ${y} жылды Жұмысшы мамандықтары жылы деп ${verb}.`, away],
      ]),
    ),
  ),
] as [lang: 'kk' | 'ru', text: string, want: string][];

describe('a naming with no date of its own', () => {
  it.each(undated)('%s: %s', (lang, text, want) => {
    expect(namingDay(lang, text)).toEqual([want]);
  });
});
