/**
 * A hearing in the genitive qualifying its outcome ("қоғамдық тыңдаулардың қорытындысы қаралады")
 * is only the results' owner: the results are what is taken up, no hearing of that day. A
 * participle of its holding before it dates the hearing ("2 мамырда өткен жария тыңдаулардың
 * қорытындысы"), and a hearing held is one. Generated: hearings × outcomes × cases. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const facets = (sentence: string) => findTriggers(sentence, 'kk').map((h) => h.trigger.facet);

const HEARINGS = ['қоғамдық тыңдаулардың', 'жария тыңдаудың', 'ашық тыңдаулардың', 'тыңдаулардың'];
const OUTCOMES = ['қорытындысы', 'қорытындысын', 'нәтижесі', 'нәтижелерін'];
const VERBS = ['қаралады', 'таныстырылды', 'талқыланды'];

describe('Kazakh: a hearing that only owns its results', () => {
  const cases = HEARINGS.flatMap((h) =>
    OUTCOMES.flatMap((o) => VERBS.map((v) => `Онда 5 наурызда ${h} ${o} ${v}.`)),
  );
  it.each(cases)('no hearing: %s', (sentence) => {
    expect(facets(sentence)).not.toContain('hearing');
  });
});

describe('Kazakh: a hearing held, or dated by its holding', () => {
  const cases = [
    ...HEARINGS.flatMap((h) =>
      OUTCOMES.map((o) => `Төраға 2024 жылғы 2 мамырда өткен ${h} ${o} таныстырды.`),
    ),
    'Қоғамдық тыңдау 5 наурызда өтті.',
    'Жария тыңдаулар 3-5 қарашада өтеді.',
  ];
  it.each(cases)('a hearing: %s', (sentence) => {
    expect(facets(sentence)).toContain('hearing');
  });
});
