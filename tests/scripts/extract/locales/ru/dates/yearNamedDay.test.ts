/**
 * "5 марта 2026 год был назван Годом рабочих профессий" was dated by publication: the tagger read
 * "5 марта 2026 год" as one date, which the naming then set aside as the year named. A date's year
 * stands in the genitive ("5 марта 2026 года"); "2026 год" is a phrase of its own
 * (ruCalendarTagger.ts). Generated: days × years × naming verbs × year cases; and the genitive
 * still makes one date. Sentences written for this test, published 2026-03-12.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2026-03-12';
const DAYS = [
  ['5 марта', '2026-03-05'],
  ['1 февраля', '2026-02-01'],
  ['20 января', '2026-01-20'],
] as const;
const YEARS = ['2026', '2027'];
const VERBS = ['был назван', 'был объявлен', 'был провозглашен', 'назван', 'объявлен'];

describe("Russian: the day before a year named is the naming's", () => {
  const cases = DAYS.flatMap(([d, day]) =>
    YEARS.flatMap((y) => VERBS.map((v) => [`${d} ${y} год ${v} Годом рабочих профессий.`, day])),
  );
  it.each(cases)('%s', (s, day) => {
    expect(kindsAndDays('ru', s, PUB)).toEqual([`other ${day}`]);
  });
});

const values = (s: string) =>
  tagDates(s, { lang: 'ru', dct: PUB }).map((t) => `${t.text}=${t.value}`);

describe('Russian: a year after a day, by its case', () => {
  const cases = DAYS.flatMap(([d, day]) => [
    // (Genitive: one date.)
    [`Указ подписан ${d} 2026 года.`, [`${d} 2026 года=${day}`]],
    [`Указ подписан ${d} 2026 г.`, [`${d} 2026 г.=${day}`]],
    // (Another case: two phrases.)
    ...['год', 'году', 'годом'].map((c) => [
      `Сказано ${d} 2026 ${c}.`,
      [`${d}=${day}`, `2026 ${c}=2026`],
    ]),
  ]);
  it.each(cases)('%s', (s, want) => {
    expect(values(s as string)).toEqual(want);
  });
});
