/**
 * An agreement concluded ("шарт 2008 жылы жасалған", "екі ел келісім жасасты") is an event of its
 * own, told without the signing: the document's noun, then the passive of жаса or the reciprocal
 * жасас in every form that tells the act (verbForms.ts), with the time between. "Жасау" of anything
 * else ("жұмыс жасады") is none. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const concluded = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'concluded');

const DOCUMENTS = ['келісім', 'шарт', 'меморандум', 'конвенция', 'келісімдер', 'шарттар'];
// Passive of жаса (past, perfect, intention, present, converb) and the reciprocal жасас.
const VERBS = ['жасалды', 'жасалған', 'жасалмақ', 'жасалады', 'жасалып', 'жасасты', 'жасасқан', 'жасаспақ']; // prettier-ignore

describe('Kazakh: an agreement concluded', () => {
  const cases = DOCUMENTS.flatMap((doc) =>
    VERBS.map((verb) => `Екі ел арасындағы ынтымақтастық туралы ${doc} 2008 жылы ${verb}.`),
  );
  it.each(cases)('concluded: %s', (sentence) => {
    expect(concluded(sentence)).not.toHaveLength(0);
  });

  it('is dated by its year, with a title of its own', () => {
    const events = eventsOf('kk', 'Екі ел арасындағы әріптестік туралы шарт 2008 жылы жасалған.');
    expect(events.events.map((e) => [e.type, e.date.edtf, e.title.en])).toContainEqual([
      'other',
      '2008',
      'An agreement is concluded',
    ]);
  });

  it.each(['Ол бір шартпен жұмыс жасады.', 'Келісім бойынша жоспар жасалды.'])(
    'no agreement concluded: %s',
    (sentence) => expect(concluded(sentence)).toHaveLength(0),
  );
});
