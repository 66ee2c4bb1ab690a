/**
 * A campaign on a vote is the campaign's step, not the vote: "Референдум бойынша үгіт науқаны 20
 * наурызда басталады" gave a referendum on 20 March besides the campaign's start. The vote's noun
 * with the postposition "бойынша" (on) before the campaign's cue names what the campaign is about,
 * as a bare noun before another does ("референдум комиссиясы"); the sentence gives the vote no
 * day. Generated: the votes × the campaign's nouns × the verbs × the days.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const VOTES = [
  { noun: 'Референдум', type: 'referendum' },
  { noun: 'Сайлау', type: 'election' },
];
const CAMPAIGNS = ['үгіт науқаны', 'үгіт-насихат жұмыстары', 'үгіт-насихат кезеңі'];
const VERBS = ['басталады', 'басталды', 'аяқталады', 'аяқталды'];
const DAYS = ['20 наурызда', '2026 жылғы 20 наурызда', '2025 жылғы 5 қарашада'];

const CASES = VOTES.flatMap((v) =>
  CAMPAIGNS.flatMap((c) =>
    VERBS.flatMap((verb) =>
      DAYS.map((d) => ({ type: v.type, sentence: `${v.noun} бойынша ${c} ${d} ${verb}.` })),
    ),
  ),
);

describe('a campaign on a vote', () => {
  it.each(CASES)('$sentence', ({ type, sentence }) => {
    const events = extractSentences('kk', sentence, '2026-03-12').events;
    expect(events.filter((e) => e.type === type)).toEqual([]);
    expect(events.filter((e) => e.type === 'other')).toHaveLength(1);
  });
});

describe('the vote itself is still one', () => {
  it.each([
    ['Референдум 20 наурызда өтеді.', 'referendum'],
    ['Референдум бойынша дауыс беру 20 наурызда өтеді.', 'referendum'],
    ['Мәжіліс сайлауы 20 наурызда өтеді.', 'election'],
  ])('%s', (sentence, type) => {
    const events = extractSentences('kk', sentence, '2026-03-12').events;
    expect(events.filter((e) => e.type === type).map((e) => e.date.edtf)).toEqual(['2026-03-20']);
  });
});
