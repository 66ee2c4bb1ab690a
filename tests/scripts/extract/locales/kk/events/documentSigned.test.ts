/**
 * An agreement signed or ratified, of every kind of document between states: a treaty, a protocol,
 * a convention, a pact, a charter ("пактінің екінші факультативтік хаттамасына қол қойды"); a
 * vote's or a sitting's minutes signed are no agreement. Generated: the document nouns × the cases
 * the verbs govern × signing verbs × sentence shapes. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const agreements = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'agreement');

// [dative, accusative] of each noun, bare and with the possessive.
const NOUNS: Array<[string, string]> = [
  ['хаттамаға', 'хаттаманы'],
  ['хаттамасына', 'хаттамасын'],
  ['конвенцияға', 'конвенцияны'],
  ['конвенциясына', 'конвенциясын'],
  ['пактіге', 'пактіні'],
  ['хартияға', 'хартияны'],
];
const SIGN = ['қол қойды', 'қол қойылды', 'қол қойған', 'қол қояды', 'қол қоймақ'];
const RATIFY = ['ратификациялады', 'ратификацияланды', 'бекітті', 'бекітілді'];
const SHAPES = (clause: string) => [
  `${clause}.`,
  `2020 жылдың қыркүйегінде Қазақстан халықаралық ${clause}.`,
  `Келіссөз қорытындысы бойынша екі ел ${clause}, деп хабарлады Ақорда.`,
];

describe('Kazakh: a treaty, protocol, convention, pact or charter signed', () => {
  const cases = NOUNS.flatMap(([dative, accusative]) => [
    ...SIGN.flatMap((verb) => SHAPES(`${dative} ${verb}`)),
    ...RATIFY.flatMap((verb) => SHAPES(`${accusative} ${verb}`)),
  ]);
  it('spells the forms', () => expect(cases.length).toBeGreaterThan(150));
  it.each(cases)('an agreement: %s', (sentence) => {
    expect(agreements(sentence)).not.toHaveLength(0);
  });

  it.each([
    'Учаскелік комиссияның хаттамасына мүшелер қол қойды.',
    'Сайлау хаттамасына қол қойылды.',
    'Отырыс хаттамасы бекітілді.',
    'Дауыс санау хаттамасына қол қойды.',
  ])('no agreement: %s', (sentence) => {
    expect(agreements(sentence)).toHaveLength(0);
  });

  it('dates it by its sentence', () => {
    const events = eventsOf(
      'kk',
      '2020 жылдың қыркүйегінде Қазақстан Азаматтық және саяси құқықтар туралы халықаралық пактінің екінші факультативтік хаттамасына қол қойды.',
      '2022-06-01',
    ).events;
    expect(events.map((e) => `${e.type} ${e.date.edtf}`)).toEqual(['other 2020-09']);
  });
});
