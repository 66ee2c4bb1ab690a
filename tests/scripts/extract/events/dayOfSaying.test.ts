/**
 * "Today" or "yesterday" before a past act told as what was said dates the saying, not the act:
 * "ОСК төрағасы бүгін брифингте дауыс беруге 6 миллион сайлаушы қатысқанын айтты" (the vote was
 * the day before). A calendar date there may be the act's own. Sentences written for this test,
 * generated over the day words, the acts reported and the verbs of saying.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const PUBLISHED = '2023-03-20';
const DAYS: Array<[string, string]> = [
  ['бүгін', '2023-03-20'],
  ['бүгін таңертең', '2023-03-20'],
  ['кеше', '2023-03-19'],
];
const ACTS: Array<[string, string]> = [
  ['дауыс беруге 6 миллионнан астам сайлаушы қатысқанын', 'election'],
  ['Мәжіліс сайлауы заң талаптарына сай өткенін', 'election'],
  ['партияның кезектен тыс съезі өткенін', 'congress'],
];
const SAYING = ['айтты', 'хабарлады', 'мәлімдеді', 'атап өтті'];

describe("a day before what was said is the saying's", () => {
  for (const [day, date] of DAYS) {
    for (const [act, type] of ACTS) {
      for (const verb of SAYING) {
        it(`"ОСК төрағасы ${day} брифингте ${act} ${verb}": no ${type} of ${date}`, () => {
          const text = `ОСК төрағасы Нұрлан Әбдіров ${day} брифингте ${act} ${verb}.`;
          const events = eventsOf('kk', text, PUBLISHED).events;
          expect(events.filter((e) => e.type === type).map((e) => e.date.edtf)).not.toContain(date);
        });
      }
    }
  }

  it('the saying itself is of that day', () => {
    const text = 'ОСК төрағасы Нұрлан Әбдіров бүгін брифингте дауыс беруге 6 миллионнан астам сайлаушы қатысқанын айтты.'; // prettier-ignore
    const kinds = eventsOf('kk', text, PUBLISHED).events.map((e) => `${e.type} ${e.date.edtf}`);
    expect(kinds).toContain('statement 2023-03-20');
  });

  it('a calendar date before the reported act may be its own', () => {
    const text = 'ОСК төрағасы 19 наурызда Мәжіліс сайлауы заң талаптарына сай өткенін айтты.';
    const kinds = eventsOf('kk', text, PUBLISHED).events.map((e) => `${e.type} ${e.date.edtf}`);
    expect(kinds).toContain('election 2023-03-19');
  });
});
