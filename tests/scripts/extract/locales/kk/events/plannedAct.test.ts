/**
 * A Kazakh act planned, its verbal noun (active or passive) before a word of planning or
 * expecting ("құру жоспарлануда", "бекітілуі көзделуде", "ашылуы күтілуде"), is that act ahead:
 * status planned, dated only where the sentence dates it. And a body "consisting of" (an ablative
 * then the passive ahead or in the present: "екі палатадан құрылады") is no reform.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PLANS = ['жоспарлануда', 'көзделуде', 'күтілуде', 'жоспарланған'];
const PUBLISHED = '2025-03-12';
const events = (text: string) =>
  extractSentences('kk', text, PUBLISHED).events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`);
const unplaced = (text: string) =>
  extractSentences('kk', text, PUBLISHED).unplaced.map((u) => `${u.type ?? '-'} ${u.reasonCode}`);

/** [subject + object phrase, verbal nouns, event type]. */
const ACTS: [string, string[], string][] = [
  ['Облыстық бюджетті', ['бекіту', 'қабылдау', 'нақтылау'], 'other'],
  ['Облыстық бюджеттің', ['бекітілуі', 'қабылдануы'], 'other'],
  ['Жаңа агенттік', ['құру'], 'reform'],
  ['Министрліктің', ['таратылуы'], 'reform'],
  ['Жаңа орталықтың', ['ашылуы'], 'other'],
];
const dated = ACTS.flatMap(([np, nouns, type]) =>
  nouns.flatMap((n) => PLANS.map((plan) => [`${np} 15 сәуірде ${n} ${plan}.`, type])),
);

describe('an act planned is the act, ahead', () => {
  it.each(dated)('%s: %s, planned on 15 April', (text, type) => {
    expect(events(text)).toEqual([`${type} 2025-04-15 planned`]);
  });
  it.each(
    ['бекіту', 'бекітілуі'].flatMap((n) =>
      PLANS.slice(0, 3).map((plan) => [`Облыстық бюджеттің ${n} ${plan}.`]),
    ),
  )('%s: planned, with no date', (text) => {
    expect(events(text)).toEqual([]);
    expect(unplaced(text)).toEqual(['other planned-no-date']);
  });
});

describe('what a body consists of is no reform', () => {
  it.each(
    ['палатадан', 'департаменттен', 'бөлімнен'].flatMap((abl) =>
      ['құрылады', 'құрылмақ'].map((verb) => [`Парламент 2027 жылы екі ${abl} ${verb}.`]),
    ),
  )('%s', (text) => {
    expect(events(text).filter((e) => e.startsWith('reform'))).toEqual([]);
  });
  it.each(['құрылды', 'құрылмақ', 'құрылады'])(
    'Жаңа агенттік 15 сәуірде %s: a reform still',
    (verb) => {
      expect(events(`Жаңа агенттік 15 сәуірде ${verb}.`)[0]).toMatch(/^reform 202[45]-04-15/u);
    },
  );
});
