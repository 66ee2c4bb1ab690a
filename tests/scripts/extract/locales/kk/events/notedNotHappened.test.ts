/**
 * "атап өтті", "көрсетіп өтті" (noted, pointed out) are verbs of saying whose auxiliary is "өту":
 * no "it took place" cue, which stole the sentence's date from the statement ("Тоқаев 10 наурызда
 * … атап өтті" had no statement). Generated: converbs × tenses of the auxiliary × sentences.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const happenings = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'happening');

const CONVERBS = ['атап', 'көрсетіп'];
const AUXILIARIES = ['өтті', 'өтеді', 'өткен'];
const SENTENCES = [
  (v: string) => `Тоқаев 10 наурызда экономиканың маңызды екенін ${v}.`,
  (v: string) => `Министр брифингте реформаның нәтижелерін ${v}.`,
];

describe('Kazakh: a verb of saying with "өту" is no happening', () => {
  const cases = CONVERBS.flatMap((c) =>
    AUXILIARIES.flatMap((a) => SENTENCES.map((s) => s(`${c} ${a}`))),
  );
  it.each(cases)('%s', (s) => expect(happenings(s)).toEqual([]));

  it('"өтті" alone still tells a happening', () => {
    expect(happenings('Отырыс 10 наурызда өтті.').map((h) => h.text)).toEqual(['өтті']);
  });
});
