/**
 * An event a pronoun's sentence names only as the point it comes after ("Они стали первыми после
 * отставки Назарбаева", "Ол Назарбаевтың отставкасынан кейінгі алғашқы сайлау болды") happened
 * before that sentence's time: it does not go on at the date the sentence before told (there, the
 * 2021 election's), which a student would read as the day of the resignation. Generated: three
 * date forms x three reference events (Kazakh "-дан кейін", "-дан кейінгі"; Russian "после"), both
 * languages. Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { datesAfter } from './extractSentences';

const PUB = '2025-03-12';

/** The dates of the events of type `type` the sentence `second` gives, after `first`. */
const datesOf = (lang: 'kk' | 'ru', first: string, second: string, type: string) =>
  datesAfter(lang, first, second, PUB, type);

const DATES_KK: [string, string][] = [
  ['2021 жылы', '2021'],
  ['2021 жылғы қаңтарда', '2021-01'],
  ['2021 жылғы 10 қаңтарда', '2021-01-10'],
];
const SECOND_KK: [string, string][] = [
  ['Ол Назарбаевтың отставкасынан кейінгі алғашқы сайлау болды.', 'resignation'],
  ['Ол конституциялық референдумнан кейінгі алғашқы сайлау болды.', 'referendum'],
  ['Олар Үкіметтің отставкасынан кейін өтті.', 'resignation'],
];
const DATES_RU: [string, string][] = [
  ['В 2021 году', '2021'],
  ['В январе 2021 года', '2021-01'],
  ['10 января 2021 года', '2021-01-10'],
];
const SECOND_RU: [string, string][] = [
  ['Они стали первыми после отставки Назарбаева.', 'resignation'],
  ['Они стали первыми после конституционного референдума.', 'referendum'],
  ['Они прошли после отставки правительства.', 'resignation'],
];

describe('an event named as the point a pronoun act comes after keeps no date of the story', () => {
  const forms = [
    ...DATES_KK.flatMap(([d, not]) =>
      SECOND_KK.map(([s, type]) => ['kk', `${d} Мәжіліс сайлауы өтті.`, s, type, not] as const),
    ),
    ...DATES_RU.flatMap(([d, not]) =>
      SECOND_RU.map(([s, type]) => ['ru', `${d} прошли выборы в Мажилис.`, s, type, not] as const),
    ),
  ];
  it.each(forms)('%s: %s %s', (lang, first, second, type, not) => {
    for (const d of datesOf(lang, first, second, type)) expect(d, second).not.toBe(not);
  });
});
