/**
 * An act told in a week counted from publication ("на следующей неделе", "өткен аптада") is
 * placed in that week's days (its month when they all fall in one, else their interval) and is
 * ahead or done as the week is: a week after publication is ahead whatever the verb's form (the
 * Kazakh present-future "ратификациялайды" too). Only the current week leaves it to the verb.
 * The Russian "на" with the prepositional says when, not a target (locales/ru/events/aspect.ts).
 * Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

type Week = 'next' | 'last' | 'this';
// [publication, week, the week's EDTF]: one week inside a month, one across two.
const WEEKS: Array<[string, Week, string]> = [
  ['2025-03-12', 'next', '2025-03'],
  ['2025-03-12', 'last', '2025-03'],
  ['2025-03-12', 'this', '2025-03'],
  ['2025-03-28', 'next', '2025-03-31/2025-04-06'],
  ['2025-03-05', 'last', '2025-02-24/2025-03-02'],
];

const RU_WEEK: Record<Week, string[]> = {
  next: ['на следующей неделе', 'на будущей неделе'],
  last: ['на прошлой неделе', 'на минувшей неделе'],
  this: ['на этой неделе', 'на текущей неделе'],
};
const KK_WEEK: Record<Week, string[]> = {
  next: ['келесі аптада', 'алдағы аптада', 'келесі аптаның басында', 'келесі аптаның соңында'],
  last: ['өткен аптада', 'өткен аптаның басында', 'өткен аптаның соңында'],
  this: ['осы аптада'],
};
// The verb forms each week takes: ahead for the next, done for the last, either for this one.
const RU_VERB = { ahead: ['ратифицирует', 'рассмотрит и ратифицирует'], done: ['ратифицировал'] };
const KK_VERB = {
  ahead: ['ратификациялайды', 'ратификацияламақ'],
  done: ['ратификациялады'],
};
const tensesOf = (w: Week) => (w === 'next' ? ['ahead'] : w === 'last' ? ['done'] : ['ahead', 'done']); // prettier-ignore
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

type Case = [string, 'kk' | 'ru', string, string, string, 'planned' | 'reported'];
const CASES: Case[] = [];
for (const [published, week, edtf] of WEEKS)
  for (const tense of tensesOf(week) as Array<'ahead' | 'done'>) {
    const status = tense === 'ahead' ? 'planned' : 'reported';
    for (const when of RU_WEEK[week])
      for (const verb of RU_VERB[tense]) {
        const senate = `Сенат ${verb} конвенцию о правовой помощи`;
        for (const text of [`${cap(when)} ${senate}.`, `${senate} ${when}.`])
          CASES.push([published, 'ru', text, edtf, week, status]);
      }
    // (The current week with the present-future is left to the verb's reading, kkVerbTense.ts.)
    if (week === 'this' && tense === 'ahead') continue;
    for (const when of KK_WEEK[week])
      for (const verb of KK_VERB[tense])
        for (const text of [`${cap(when)} Сенат шартты ${verb}.`, `Сенат шартты ${when} ${verb}.`])
          CASES.push([published, 'kk', text, edtf, week, status]);
  }

describe('an act told in a week counted from publication', () => {
  it.each(CASES)('%s %s: %s → law %s (%s week), %s', (published, lang, text, edtf, _w, status) => {
    const data = extractSentences(lang, text, published);
    const law = data.events.find((e) => e.type === 'law');
    expect(law && [law.date.edtf, law.status, law.date.method]).toEqual([
      edtf,
      status,
      'relative-to-publication',
    ]);
  });
});
