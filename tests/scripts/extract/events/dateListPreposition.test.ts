/**
 * A list of dates whose every member repeats its preposition ("в октябре 2023 года и в марте этого
 * года", "в 2017-м, в 2022-м") is a list all the same, and so is one whose later member is told
 * from the publication's year ("в марте этого года", "в марте прошлого года"): an act told of it
 * happened at each. Generated over links, granularities and acts.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const datesOf = (text: string, type: string) =>
  eventsOf('ru', text, '2024-06-14')
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf)
    .sort();

const LISTS: Array<[string, string[]]> = [
  ['в октябре 2023 года и в марте этого года', ['2023-10', '2024-03']],
  ['в октябре 2022 года и в марте прошлого года', ['2022-10', '2023-03']],
  ['в октябре 2022 года, в марте 2023 года', ['2022-10', '2023-03']],
  ['в 2017 году, в 2022 году', ['2017', '2022']],
  ['в 2017 году и в 2022 году', ['2017', '2022']],
  ['в 2017 году, а также в 2022 году', ['2017', '2022']],
  ['в январе 2021 года и в марте этого года', ['2021-01', '2024-03']],
];
const ACTS: Array<[string, string]> = [
  ['Выборы в Мажилис прошли', 'election'],
  ['Законы об амнистии принимали', 'law'],
];

describe('a list with its preposition repeated is one item per date', () => {
  for (const [list, dates] of LISTS)
    for (const [act, type] of ACTS)
      it(`"${act} ${list}": ${dates.join(', ')}`, () => {
        expect(datesOf(`${act} ${list}.`, type)).toEqual(dates);
      });
});

describe('still no list', () => {
  it('a range with its prepositions: "с 2012 года по 2016 год" is one item', () => {
    expect(datesOf('Законы об амнистии принимали с 2012 года по 2016 год.', 'law')).toHaveLength(1);
  });
  it('a first member after another preposition: "с 1990 года, в 2015-м" are two clauses', () => {
    const text = 'Он возглавлял партию с 1990 года, в 2015 году его переизбрали.';
    expect(datesOf(text, 'election')).toEqual(['2015']);
  });
  it('a range, then another act named with its day: no act on the range’s end', () => {
    const text = 'Кандидатов выдвигали с 10 марта по 20 марта, регистрация завершилась 28 марта.';
    const dates = eventsOf('ru', text, '2024-04-01').events.map((e) => e.date.edtf);
    expect(dates).not.toContain('2024-03-20');
  });
  it('dates in two clauses: each its own act', () => {
    const text = 'Выборы прошли в 2021 году, а закон о выборах приняли в 2022 году.';
    expect(datesOf(text, 'election')).toEqual(['2021']);
  });
});
