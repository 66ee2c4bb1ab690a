/**
 * A region or district made is a change in the structure of the state, a reform (events/hitKind.ts),
 * as the Constitutional Court set up is: "Абай облысы 2022 жылғы 8 маусымда құрылған" was an event
 * of kind "other", beside protests and bribes. Sentences written for the test, generated over the
 * regions, the verb's forms, both word orders and a list of regions before one plural noun; a body
 * founded in a region stays a founding.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, s, '2025-03-12').events.map(
    (e) => `${e.type} ${e.date.edtf} ${e.title.en}`,
  );

const REGIONS: Array<[string, string, string, string]> = [
  ['Ұлытау облысы', 'Область Ұлытау', 'Улытауская область', 'Ulytau Region'],
  ['Абай облысы', 'Область Абай', 'Абайская область', 'Abai Region'],
  ['Жетісу облысы', 'Область Жетісу', 'Жетысуская область', 'Jetisu Region'],
];
const KK_FORMS = (kk: string) =>
  ['құрылды', 'құрылған', 'құрылған болатын'].flatMap((v) => [
    `${kk} 2022 жылғы 8 маусымда ${v}.`,
    `Еске салсақ, ${kk} 2022 жылғы 8 маусымда ${v}.`,
    `2022 жылғы 8 маусымда ${kk} ${v}.`,
  ]);
const RU_FORMS = (ru: string, adjective: string) => [
  `${ru} была создана 8 июня 2022 года.`,
  `${ru} образована 8 июня 2022 года.`,
  `8 июня 2022 года создана ${ru.toLowerCase()}.`,
  `${adjective} была образована 8 июня 2022 года.`,
  `Напомним, ${adjective.toLowerCase().replace(/^./u, (c) => c.toUpperCase())} создана 8 июня 2022 года.`,
];

describe('a region made is a reform', () => {
  it.each(REGIONS.flatMap(([kk, , , en]) => KK_FORMS(kk).map((s) => [s, en] as const)))(
    'kk: %s',
    (s, en) => expect(kinds('kk', s)).toEqual([`reform 2022-06-08 ${en} is created`]),
  );
  it.each(REGIONS.flatMap(([, ru, adj, en]) => RU_FORMS(ru, adj).map((s) => [s, en] as const)))(
    'ru: %s',
    (s, en) => expect(kinds('ru', s)).toEqual([`reform 2022-06-08 ${en} is created`]),
  );
  it.each([
    ['kk', '2022 жылғы 8 маусымда жаңа үш облыс құрылды.'],
    ['ru', '8 июня 2022 года были образованы три новые области.'],
    ['ru', '8 июня 2022 года были образованы Абайская, Жетысуская и Улытауская области.'],
    ['ru', '8 июня 2022 года образованы Абайская и Улытауская области.'],
  ] as const)('%s, several at once: %s', (lang, s) =>
    expect(kinds(lang, s)).toEqual([
      expect.stringMatching(/^reform 2022-06-08 New regions are created/u),
    ]),
  );
  it.each([
    ['ru', 'Партия была создана 1 марта 2021 года в Алматинской области.'],
    ['ru', 'В Абайской области 1 марта 2023 года создана рабочая группа.'],
    ['kk', 'Абай облысында 2023 жылғы 1 наурызда жұмыс тобы құрылды.'],
  ] as const)('%s, a body founded in a region stays a founding: %s', (lang, s) =>
    expect(kinds(lang, s)).toEqual([expect.stringMatching(/^other /u)]),
  );
});
