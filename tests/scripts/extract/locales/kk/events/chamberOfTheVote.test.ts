/**
 * The chamber a vote fills is no proposer: "Партия Мәжіліс сайлауына 5 кандидат ұсынды" was
 * titled "The Mazhilis proposes nominating candidates". A body's name right before a noun in the
 * possessive and an adverbial case ("Мәжіліс сайлауына", to the Mazhilis election) is that noun's
 * possessor, not the clause's subject. Generated: the bodies × the nouns they own × the cues.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const BODIES = ['Мәжіліс', 'Сенат', 'Парламент'];
const OWNED = ['сайлауына', 'сайлауында', 'отырысында'];
const ACTS = ['5 кандидат ұсынды', 'кандидаттарын ұсынды', 'өз кандидаттарын ұсынды'];
const SUBJECTS = ['Партия', 'Бірнеше партия'];

const CASES = SUBJECTS.flatMap((s) =>
  BODIES.flatMap((b) =>
    OWNED.flatMap((o) => ACTS.map((a) => ({ body: b, sentence: `${s} ${b} ${o} ${a}.` }))),
  ),
);

describe('a body named as whose the vote or the sitting is', () => {
  it.each(CASES)('$sentence', ({ body, sentence }) => {
    const events = extractSentences('kk', sentence, '2026-03-12').events;
    const proposals = events.filter((e) => e.type === 'proposal');
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.title.kk.startsWith(body)).toBe(false);
  });
});

describe('a body that is the subject still proposes', () => {
  it.each([
    ['«Аманат» партиясы Мәжіліс сайлауына 5 кандидат ұсынды.', /^AMANAT /u],
    ['Мәжіліс 5 наурызда заң жобасын мақұлдады.', /^The Mazhilis /u],
  ])('%s', (sentence, title) => {
    const events = extractSentences('kk', sentence, '2026-03-12').events;
    expect(events.map((e) => e.title.en).some((t) => title.test(t))).toBe(true);
  });
});
