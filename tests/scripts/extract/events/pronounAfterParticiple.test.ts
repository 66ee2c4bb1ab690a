/**
 * A pronoun opening a sentence goes on with the time the sentence before narrates, not with a date
 * that sentence gave only inside a participle phrase: in "Заңды 2023 жылы сайланған депутаттар
 * енгізді. Олар түзетулер ұсынды." and "Закон внесли депутаты, избранные в 2023 году. Они
 * предложили поправки." 2023 is when the deputies were elected, not when they proposed anything.
 * Generated: three date forms x three participle phrases (Kazakh before its noun; Russian after its
 * noun at the end or in the middle of the sentence, and before it) x three acts told after the
 * pronoun. Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { datesAfter } from './extractSentences';

const PUB = '2025-03-12';

/** The dates of the events the sentence `second` gives, after `first`. */
const datesOf = (lang: 'kk' | 'ru', first: string, second: string) =>
  datesAfter(lang, first, second, PUB);

const DATES_KK: [string, string][] = [
  ['2023 жылы', '2023'],
  ['2023 жылғы наурызда', '2023-03'],
  ['2023 жылғы 16 наурызда', '2023-03-16'],
];
const FIRST_KK = [
  (d: string) => `Заңды ${d} сайланған депутаттар енгізді.`,
  (d: string) => `Жобаны ${d} құрылған жұмыс тобы әзірледі.`,
  (d: string) => `Кездесуге ${d} тағайындалған министр қатысты.`,
];
const SECOND_KK = [
  'Олар түзетулер ұсынды.',
  'Олар Мәжіліс сайлауын өткізуді ұсынды.',
  'Ол саяси реформаларды ұсынды.',
];
const DATES_RU: [string, string][] = [
  ['в 2023 году', '2023'],
  ['в марте 2023 года', '2023-03'],
  ['16 марта 2023 года', '2023-03-16'],
];
const FIRST_RU = [
  (d: string) => `Закон внесли депутаты, избранные ${d}.`,
  (d: string) => `Депутаты, избранные ${d}, внесли закон.`,
  (d: string) => `Избранные ${d} депутаты внесли закон.`,
];
const SECOND_RU = [
  'Они предложили поправки.',
  'Они предложили провести выборы в Мажилис.',
  'Они предложили политические реформы.',
];

describe("a pronoun does not go on at a participle phrase's date", () => {
  const forms = [
    ...DATES_KK.flatMap(([d, not]) =>
      FIRST_KK.flatMap((f) => SECOND_KK.map((s) => ['kk', f(d), s, not] as const)),
    ),
    ...DATES_RU.flatMap(([d, not]) =>
      FIRST_RU.flatMap((f) => SECOND_RU.map((s) => ['ru', f(d), s, not] as const)),
    ),
  ];
  it.each(forms)('%s: %s %s', (lang, first, second, not) => {
    const got = datesOf(lang, first, second);
    expect(got.length, second).toBeGreaterThan(0);
    for (const d of got) expect(d, `${first} ${second}`).not.toBe(not);
  });
});
