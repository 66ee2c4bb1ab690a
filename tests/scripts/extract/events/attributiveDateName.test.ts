/**
 * A Kazakh date in the attributive form names the gathering after it even with a place's or a
 * party's name between ("2017 жылғы Астана саммитінде"), though the name may end as a possessed
 * dative or accusative does (Астана, Шымкент): the gathering is of that date, and what the sentence
 * tells at it ("… саммитінде X сөз сөйледі") takes its day, as without the name. Generated: dates ×
 * names × gatherings in the nominative and the locative × sentence shapes. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const DATES: Array<[string, string]> = [
  ['2017 жылғы', '2017'],
  ['2019 жылғы 5 маусымдағы', '2019-06-05'],
  ['2021 жылғы қарашадағы', '2021-11'],
];
const NAMES = ['Астана', 'Шымкент', 'Алматы', 'Ташкент', 'Бішкек'];
// [nominative, locative] of a gathering, and its kind.
const GATHERINGS: Array<[string, string, string]> = [
  ['саммиті', 'саммитінде', 'meeting'],
  ['форумы', 'форумында', 'meeting'],
];
const ACTS: Array<[string, string]> = [
  ['мемлекет басшылары декларацияға қол қойды', 'other'],
  ['тараптар ынтымақтастық туралы меморандумға қол қойды', 'other'],
  ['ұйымның жаңа бас хатшысы тағайындалды', 'appointment'],
];

describe('Kazakh: an attributive date across a name is its gathering’s', () => {
  const held = DATES.flatMap(([date, edtf]) =>
    NAMES.flatMap((name) =>
      GATHERINGS.map(([nom, , type]) => [`${date} ${name} ${nom} өтті.`, `${type} ${edtf}`]),
    ),
  );
  it.each(held)('the gathering takes the date: %s', (sentence, want) => {
    const got = eventsOf('kk', sentence, '2024-07-03').events.map(
      (e) => `${e.type} ${e.date.edtf}`,
    );
    expect(got).toContain(want);
  });

  const at = DATES.flatMap(([date, edtf]) =>
    NAMES.flatMap((name) =>
      GATHERINGS.flatMap(([, loc]) =>
        ACTS.map(([act, type]) => [`${date} ${name} ${loc} ${act}.`, `${type} ${edtf}`]),
      ),
    ),
  );
  it.each(at)('what was done at it takes its day: %s', (sentence, want) => {
    const got = eventsOf('kk', sentence, '2024-07-03').events.map(
      (e) => `${e.type} ${e.date.edtf}`,
    );
    expect(got).toContain(want);
  });

  // A noun in a case of its own between is no name's attribute: "2 қыркүйектегі Жарлығымен" dates
  // the decree, and the act it did keeps that day (as before).
  it('keeps a noun in a case of its own as the attribute’s noun', () => {
    const got = eventsOf('kk', 'Президенттің 2024 жылғы 2 қыркүйектегі Жарлығымен Әлихан Смайылов министр болып тағайындалды.', '2024-09-05').events.map((e) => `${e.type} ${e.date.edtf}`); // prettier-ignore
    expect(got).toContain('appointment 2024-09-02');
  });
});
