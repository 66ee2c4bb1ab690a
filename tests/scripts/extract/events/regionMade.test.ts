/**
 * A region or district founded is itself what was made: "Ulytau Region is created", not "A new
 * organisation is founded in Ulytau Region". Sentences written for the test, generated over the
 * regions, the verb's forms and both word orders; an organisation founded in a region keeps its
 * own title.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titleOf = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, s, '2025-03-12').events[0]?.title.en;

// [Kazakh name, Russian name as the gazetteer writes it, English]
const REGIONS: Array<[string, string, string]> = [
  ['Ұлытау облысы', 'Область Ұлытау', 'Ulytau Region'],
  ['Абай облысы', 'Область Абай', 'Abai Region'],
  ['Жетісу облысы', 'Область Жетісу', 'Jetisu Region'],
];
const KK_VERBS = ['құрылды', 'құрылған'];
const RU_FORMS = (ru: string) => [
  `${ru} была создана 8 июня 2022 года.`,
  `${ru} образована 8 июня 2022 года.`,
  `8 июня 2022 года создана ${ru.toLowerCase()}.`,
];

describe('a region founded', () => {
  it.each(REGIONS.flatMap(([kk, , en]) => KK_VERBS.map((v) => [kk, v, en] as const)))(
    'kk: %s … %s',
    (kk, v, en) =>
      expect(titleOf('kk', `${kk} 2022 жылғы 8 маусымда ${v}.`)).toBe(`${en} is created`),
  );
  it.each(REGIONS.flatMap(([, ru, en]) => RU_FORMS(ru).map((s) => [s, en] as const)))(
    'ru: %s',
    (s, en) => expect(titleOf('ru', s)).toBe(`${en} is created`),
  );
  it('several at once', () =>
    expect(titleOf('ru', '8 июня 2022 года были образованы три новые области.')).toBe(
      'New regions are created',
    ));
  it('an organisation founded in a region is not the region', () => {
    expect(titleOf('ru', 'Партия была создана 1 марта 2021 года в Алматинской области.')).not.toMatch(/Region is created/u); // prettier-ignore
    expect(titleOf('kk', 'Алматы облысының әкімі 2023 жылғы 5 мамырда құрылған штабты басқарды.')).not.toMatch(/Region is created/u); // prettier-ignore
  });
});

// A body set up that the lexicon cannot name is titled by its kind.
// prettier-ignore
const BODIES: Array<[string, string, string]> = [
  ['Облыстық жұмыс тобы', 'Создана областная рабочая группа', 'A working group is set up'],
  ['Арнайы комиссия', 'Создана специальная комиссия', 'A commission is set up'],
  ['Жаңа фракция', 'Создана новая фракция', 'A parliamentary faction is formed'],
  ['Қоғамдық кеңес', 'Создан общественный совет', 'A council is set up'],
];

describe('a body set up, by its kind', () => {
  it.each(BODIES)('kk: %s', (kk, _ru, en) =>
    expect(titleOf('kk', `${kk} 2025 жылғы 3 наурызда құрылды.`)).toBe(en),
  );
  it.each(BODIES)('ru: %s', (_kk, ru, en) =>
    expect(titleOf('ru', `${ru} 3 марта 2025 года.`)).toBe(en),
  );
});
