/**
 * A Kazakh date inside a participle phrase after a trigger dates what the phrase describes, not the
 * trigger: "Сессияда хатшы 2022 жылғы қаңтардың басында … басталған наразылықты еске салды" is no
 * sitting of January 2022. The first verb form of the date's clause decides: a bare participle
 * with a noun after it makes a phrase; a finite verb or a converb keeps the date the clause's.
 * Sentences written for this test, generated over settings, dates and participle phrases.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const SETTINGS: Array<[string, string]> = [
  ['Сессияда мәслихат хатшысы', 'session'],
  ['Съезде партия төрағасы', 'congress'],
  ['Кездесуде аудан әкімі', 'meeting'],
];
const DATES: Array<[string, string]> = [
  ['2022 жылғы қаңтардың басында', '2022-01'],
  ['2019 жылы', '2019'],
  ['2021 жылғы 25 шілдеде', '2021-07-25'],
];
const PHRASES = [
  'Жаңаөзенде газ бағасына қарсы басталған наразылықты еске салды',
  'ауылда тұңғыш рет өткен сайлауды еске алды',
];

describe('a date inside a participle phrase after the trigger is not the trigger’s', () => {
  for (const [setting, type] of SETTINGS)
    for (const [date, value] of DATES)
      for (const phrase of PHRASES)
        it(`"${setting} ${date} ${phrase}": no ${type} of ${value}`, () => {
          const events = eventsOf('kk', `${setting} ${date} ${phrase}.`, '2023-07-14').events;
          expect(events.filter((e) => e.type === type).map((e) => e.date.edtf)).not.toContain(
            value,
          );
        });
});

describe('a finite verb or a converb after the date keeps it the clause’s', () => {
  for (const text of [
    'Мәслихат сессиясы 2021 жылғы 25 шілдеде өтті.',
    'Мәслихат сессиясы 2021 жылғы 25 шілдеде өтіп, депутаттар бюджетті бекітті.',
    'Мәслихат сессиясы 2021 жылғы 25 шілдеде өткен болатын.',
  ])
    it(text, () => {
      const events = eventsOf('kk', text, '2023-07-14').events;
      expect(events.filter((e) => e.type === 'session').map((e) => e.date.edtf)).toContain(
        '2021-07-25',
      );
    });
});
