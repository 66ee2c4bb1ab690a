/**
 * A month told as an adjective of the event's noun narrows the year the sentence gives to that
 * month: "Январские события 2022 года" are of January 2022, "Сентябрьское Послание 2023 года" of
 * September 2023. Sentences written for this test, generated over the twelve months, the cases,
 * genders and numbers of the adjective.
 */
import { describe, expect, it } from 'vitest';
import { ruMonthBeforeNoun } from '../../../../../../scripts/extract/locales/ru/dates/ruMonthAdjective';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

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
const ENDINGS = ['ие', 'их', 'им', 'ими', 'ий', 'ого', 'ому', 'ом', 'ая', 'ой', 'ую', 'ое'];

describe('the month an adjective before the noun names', () => {
  for (const [i, stem] of STEMS.entries())
    for (const ending of ENDINGS)
      it(`${stem}${ending} события → ${i + 1}`, () => {
        const text = `После ${stem}${ending} события`;
        expect(ruMonthBeforeNoun(text, text.indexOf('события'))).toBe(i + 1);
      });
  it.each(['январские трагические события', 'январских кровавых событий'])(
    'past one more adjective: %s',
    (text) => expect(ruMonthBeforeNoun(text, text.search(/событи/u))).toBe(1),
  );
  it.each(['в январе события', 'январь события', 'майские и другие события'])(
    'not a month adjective right before: %s',
    (text) => expect(ruMonthBeforeNoun(text, text.search(/событи/u))).toBeUndefined(),
  );
});

describe('the event is of that month of the year', () => {
  it.each([
    ['Январские события 2022 года унесли жизни 238 человек.', 'other 2022-01'],
    ['Январские события 2022 года изменили расклад сил.', 'other 2022-01'],
    ['Октябрьские события 1993 года изменили Россию.', 'other 1993-10'],
  ])('%s → %s', (text, event) =>
    expect(
      eventsOf('ru', text, '2023-04-24').events.map((e) => `${e.type} ${e.date.edtf}`),
    ).toContain(event),
  );
});
