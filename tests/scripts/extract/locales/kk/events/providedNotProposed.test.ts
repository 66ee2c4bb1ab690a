/**
 * "Ұсыну" is also to provide: a flat, a loan, a service, a plot or a job right before the verb
 * ("отбасыларға пәтерлер ұсынды", "несие ұсынады") is what is provided, no political proposal. A
 * proposal of an act ("өзгерістер енгізуді ұсынды") and a candidate put forward stay proposals.
 * Generated over the things provided in their plural, possessive and case forms and the tenses of
 * the verb; sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const proposals = (text: string) =>
  findTriggers(text, 'kk').filter((h) => h.trigger.type === 'proposal' && !h.topic);

const THINGS = [
  'жаңа пәтерлер',
  'жалдамалы пәтерлерді',
  'баспана',
  'тұрғын үй',
  'жеңілдетілген несие',
  'несиелерін',
  'онлайн қызметтер',
  'қызметтерін',
  'жер телімдерін',
  'жұмыс орындарын',
  'гранттар',
  'субсидия',
  'жолдама',
  'өнімдерін',
];
const VERBS = ['ұсынды', 'ұсынады', 'ұсынбақ', 'ұсынған', 'ұсынатын болды'];

describe('a thing provided is no proposal', () => {
  it.each(THINGS.flatMap((t) => VERBS.map((v) => [t, v])))(
    'Әкімдік отбасыларға %s %s',
    (thing, verb) => {
      expect(proposals(`Әкімдік көпбалалы отбасыларға ${thing} ${verb}.`)).toEqual([]);
    },
  );
  it.each([
    'Депутаттар сайлау заңына өзгерістер енгізуді ұсынды.',
    'Министр жаңа тәртіпті ұсынды.',
    'Президент Парламентті бір палаталы етуді ұсынады.',
    'Партия жаңа реформа жобасын талқылауды ұсынды.',
  ])('stays a proposal: %s', (text) => {
    expect(proposals(text)).not.toEqual([]);
  });
});
