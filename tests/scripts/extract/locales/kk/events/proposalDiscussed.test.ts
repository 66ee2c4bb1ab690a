/**
 * A proposal, an initiative or an idea under discussion ("облыс әкімдерін сайлау туралы ұсыныс
 * талқыланып жатыр") is what is proposed, no gathering of its own; a matter discussed ("мәселе
 * талқыланды") still tells a discussion. Generated: topics × their forms × the verb's forms.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const facets = (sentence: string) => findTriggers(sentence, 'kk').map((h) => h.trigger.facet);

const TOPICS = ['ұсыныс', 'ұсынысы', 'ұсыныстар', 'бастама', 'бастамасы', 'идея', 'идеясы'];
const DISCUSSED = ['талқыланды', 'талқыланып жатыр'];

describe('Kazakh: a proposal under discussion is no gathering', () => {
  const cases = TOPICS.flatMap((t) =>
    DISCUSSED.map((v) => `2025 жылдан бастап әкімдерді сайлау туралы ${t} ${v}.`),
  );
  it.each(cases)('no discussion: %s', (sentence) => {
    expect(facets(sentence)).not.toContain('discussion');
  });
});

describe('Kazakh: a matter discussed', () => {
  it.each(DISCUSSED.map((v) => `5 наурызда су тасқыны мәселесі ${v}.`))(
    'a discussion: %s',
    (sentence) => {
      expect(facets(sentence)).toContain('discussion');
    },
  );
});
