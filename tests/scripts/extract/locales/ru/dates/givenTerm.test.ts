/**
 * A term given by a day is a task ahead of its giving, as an instruction's is: "Президент дал
 * акимам срок до 1 марта" (published 12 March 2026) was dated the past 1 March, 2026, while
 * "поручил … до 1 марта" was the next one (locales/ru/dates/guessRuDirection.ts). Generated over
 * givers, verbs, addressees and days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const DCT = '2026-03-12';
const WHO = ['Президент', 'Премьер-министр', 'Глава государства'];
const VERB = ['дал', 'установил', 'отвёл', 'предоставил'];
const TO = ['акимам', 'правительству', 'министерству'];
const TERM = ['срок', 'время'];
const DAYS = [
  ['1 марта', '2027-03-01'],
  ['10 февраля', '2027-02-10'],
  ['1 июля', '2026-07-01'],
] as const;
const CASES = WHO.flatMap((who) =>
  VERB.flatMap((verb) =>
    TO.flatMap((to) =>
      TERM.flatMap((term) =>
        DAYS.map(
          ([day, value]) => [`${who} ${verb} ${to} ${term} до ${day}.`, day, value] as const,
        ),
      ),
    ),
  ),
);

describe('a Russian term given by a day lies ahead', () => {
  it.each(CASES)('%s', (sentence, day, value) => {
    const t = tagDates(sentence, { lang: 'ru', dct: DCT }).find((x) =>
      sentence.slice(x.start, x.end).includes(day),
    );
    expect(t?.value).toBe(value);
  });
});
