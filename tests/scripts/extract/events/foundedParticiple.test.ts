/**
 * A body or a region founded on a day is an event of that day, whatever case the participle
 * "құрылған" takes in the sentence: its accusative, dative, locative, ablative or genitive, with
 * or without the possessive ("1995 жылғы 1 наурызда құрылғанын", "8 маусымда құрылғаннан бері").
 * Generated over the endings; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const ENDINGS = ['', 'ы', 'ын', 'ында', 'ынан', 'ының', 'ға', 'да', 'нан', 'ның'];

describe('"құрылған" in every case dates a founding', () => {
  it.each(ENDINGS)('құрылған%s', (ending) => {
    const s = `Ассамблея 1995 жылғы 1 наурызда құрылған${ending} туралы айтылды.`;
    expect(kindsAndDays('kk', `Мәтін.\n\n${s}`, '2025-03-01'), s).toContain('other 1995-03-01');
  });
});
