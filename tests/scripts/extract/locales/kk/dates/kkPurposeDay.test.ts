/**
 * The day of an act a plan or a decision is for ("референдумды 15 наурызда өткізуге дайындық
 * жоспарын бекітті", a test sentence written for the check, published 4 February 2026) had
 * taken the past of "бекітті": the referendum was put on 15 March 2025, as held. A verbal noun
 * in the dative right after the date, the complement of a noun of planning or a verb of deciding,
 * takes the nearest such day. Generated over verbal nouns, heads and the main verb's tense; a
 * dative that goes with a verb ("талқылауға шығарылды", put to discussion that day) keeps its
 * tense.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const first = (text: string, dct: string) => tagDates(text, { lang: 'kk', dct })[0]!;

const ACTS = ['референдумды 15 наурызда өткізуге', 'съезді 15 наурызда шақыруға', 'сайлауды 15 наурызда тағайындауға', 'форумды 15 наурызда ашуға']; // prettier-ignore
const HEADS = [
  'дайындық жоспарын бекітті',
  'шешім қабылдады',
  'шешті',
  'келісті',
  'ұйғарды',
  'ниет білдірді',
  'рұқсат берді',
];

describe('the day of an act a plan or a decision is for', () => {
  // Published 4 February: 15 March is ahead, the nearest such day, whatever the head's past.
  it.each(ACTS.flatMap((a) => HEADS.map((h) => `Комиссия ${a} ${h}.`)))('%s', (text) => {
    expect(first(text, '2026-02-04').value).toBe('2026-03-15');
  });
  // Published 1 April: the nearest 15 March is behind.
  it.each(ACTS.map((a) => `Комиссия ${a} шешім қабылдады.`))('after it: %s', (text) => {
    expect(first(text, '2026-04-01').value).toBe('2026-03-15');
  });
  it.each(['талқылауға шығарылды', 'қарауға жіберілді', 'тіркеуге алынды'])(
    'a dative with a verb keeps its tense: Заң жобасы 15 наурызда %s.',
    (v) => {
      expect(first(`Заң жобасы 15 наурызда ${v}.`, '2026-02-04').value).toBe('2025-03-15');
    },
  );
});
