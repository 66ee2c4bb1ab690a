/**
 * Diplomatic relations established or broken off are an event of their own: "дипломатиялық
 * қатынастар 1992 жылғы 3 қаңтарда орнатылған", "дипломатиялық қатынас орнатқанына 30 жыл толды",
 * "қатынастарды үзді". Generated: the noun's cases × the verbs' forms kkVerb reads × sentence
 * shapes. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const diplomacy = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'relations');

const NOUNS = ['қатынас', 'қатынастар', 'қатынасты', 'қатынастарды', 'қатынастарын'];
const VERBS = [
  'орнатты', 'орнатқан', 'орнатқанына', 'орнатады', 'орнатпақ', 'орнатылды', 'орнатылған',
  'орнатылғанына', 'орнату', 'орнатуы', 'үзді', 'үзген', 'үзілді', 'үзілген', 'үзеді',
]; // prettier-ignore
const SHAPES = (clause: string) => [
  `Екі ел арасында дипломатиялық ${clause}.`,
  `Екі ел 1992 жылғы 3 қаңтарда дипломатиялық ${clause}.`,
  `Биыл елдеріміз дипломатиялық ${clause}, деді Президент.`,
];

describe('Kazakh: diplomatic relations established or broken off', () => {
  const cases = NOUNS.flatMap((noun) => VERBS.flatMap((verb) => SHAPES(`${noun} ${verb}`)));
  it.each(cases)('an event: %s', (sentence) => {
    expect(diplomacy(sentence)).not.toHaveLength(0);
  });

  it.each([
    'Екі ел арасындағы дипломатиялық қатынастар жақсы.',
    'Дипломатиялық қатынастарды дамыту туралы келісті.',
    'Сауда қатынастары орнатылды.',
  ])('no event: %s', (sentence) => {
    expect(diplomacy(sentence)).toHaveLength(0);
  });

  it('dates it by its sentence', () => {
    const events = eventsOf(
      'kk',
      'Екі ел арасындағы дипломатиялық қатынастар 1992 жылғы 3 қаңтарда орнатылған.',
      '2022-09-14',
    ).events;
    expect(events.map((e) => `${e.type} ${e.date.edtf}`)).toEqual(['other 1992-01-03']);
  });
});
