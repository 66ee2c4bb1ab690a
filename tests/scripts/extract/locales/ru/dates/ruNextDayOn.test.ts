/**
 * "На другой день", "на другое утро", "на следующее утро": the day after the one the story told
 * (locales/ru/dates/ruRelativeTagger.ts), as "на следующий день"; "в другой день" is no date.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { kindsAndDays } from '../../../events/extractSentences';

const valuesOf = (text: string) =>
  tagDates(text, { lang: 'ru', dct: '2024-06-10' }).map((t) => `${t.text}=${t.value}`);

const NEXT_DAY = ['На другой день', 'на другой день', 'На другое утро', 'На следующее утро'];
// [the day told, its value, the day after]
const DAYS: Array<[string, string]> = [
  ['19 марта 2019 года', '2019-03-20'],
  ['31 декабря 2021 года', '2022-01-01'],
  ['28 февраля 2020 года', '2020-02-29'],
];
const SENTENCES = [
  (day: string, next: string) => `Съезд партии прошёл ${day}. ${next} Токаев подписал указ.`,
  (day: string, next: string) =>
    `${day} депутаты собрались, а ${next.toLowerCase()} они разъехались.`,
];

describe('"на другой день" counts from the day told before it', () => {
  for (const next of NEXT_DAY)
    for (const [day, after] of DAYS)
      for (const sentence of SENTENCES)
        it(`${next} after ${day}`, () => {
          const tags = valuesOf(sentence(day, next));
          expect(tags.at(-1)).toBe(`${next.replace(/^на\s+/iu, '')}=${after}`);
        });

  it('keeps "в другой день", "на другие дни", "на другой год" undated', () => {
    for (const text of [
      'Съезд прошёл 19 марта 2019 года. В другой день Токаев приступил.',
      'Съезд прошёл 19 марта 2019 года. Остальное отложили на другие дни.',
      'Съезд прошёл 19 марта 2019 года. Он перенёс это на другой год.',
    ])
      expect(valuesOf(text)).toEqual(['19 марта 2019 года=2019-03-19']);
  });

  it('dates the act told after it the day after, one law step each', () => {
    // (A bare "его одобрил Сенат" is no cue of its own, whatever the day word: not this rule's.)
    for (const second of [
      'его рассмотрел Сенат',
      'его рассмотрели сенаторы',
      'Сенат рассмотрел его',
      'закон одобрил Сенат',
    ])
      for (const next of NEXT_DAY.slice(1))
        expect(
          kindsAndDays(
            'ru',
            `5 марта Мажилис одобрил закон о выборах, а ${next.toLowerCase()} ${second}.`,
          ),
        ).toEqual(['law 2023-03-05', 'law 2023-03-06']);
  });
});
