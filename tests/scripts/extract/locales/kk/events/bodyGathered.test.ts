/**
 * A body or its members gathering on a day the sentence gives is a meeting: every form of жинал
 * and of бас қос that tells the act (verbForms.ts), with a body, its members or officials named.
 * Residents gathering before a building are a protest, and what is collected ("қол жиналды") is
 * no gathering. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const facets = (sentence: string) =>
  findTriggers(sentence, 'kk')
    .filter((h) => !h.topic)
    .map((h) => `${h.trigger.type}/${h.trigger.facet}`);

const BODIES = ['Жұмыс тобы', 'Комиссия мүшелері', 'Фракция депутаттары', 'Облыс әкімдері'];
// Past, perfect, intention, present, habitual, converb.
const GATHER = ['жиналды', 'жиналған', 'жиналмақ', 'жиналады', 'жиналатын', 'жиналып'];
const MET = ['бас қосты', 'бас қосқан', 'бас қоспақ', 'бас қосады', 'бас қосып'];

describe('Kazakh: a body gathered', () => {
  const cases = BODIES.flatMap((body) =>
    [...GATHER, ...MET].map((verb) => `${body} 12 ақпанда Астанада ${verb}.`),
  );
  it.each(cases)('a meeting: %s', (sentence) => {
    expect(facets(sentence)).toContain('meeting/convened');
  });

  it.each([
    'Тұрғындар 5 наурызда әкімдік алдына жиналды.',
    'Жүзге жуық тұрғын 5 наурызда аудан әкімдігі ғимаратының алдына тағы да жиналды.',
  ])('a protest, not a meeting: %s', (sentence) => {
    const found = facets(sentence);
    expect(found).toContain('other/protest');
    expect(found).not.toContain('meeting/convened');
  });

  it('signatures collected are no gathering', () => {
    expect(facets('Партия депутаттары 3 наурызда 50 мың қол жиналды деп мәлімдеді.')).not.toContain(
      'meeting/convened',
    );
  });
});
