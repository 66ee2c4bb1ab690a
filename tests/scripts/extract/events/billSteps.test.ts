/**
 * A bill's steps told in one sentence, each with its own day (adopted by the Mazhilis, approved by
 * the Senate, signed by the head of state), are three acts on three days, in Kazakh and Russian;
 * the lexicon gives each cue once per sentence, so the later clauses are read again
 * (events/laterClauses.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const days = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2024-04-10')
    .events.filter((e) => e.type === 'law')
    .map((e) => e.date.edtf)
    .sort();

describe("a bill's steps in one sentence", () => {
  it('Russian: coordinated short passives, by a comma and by a bare "и"', () => {
    expect(
      days(
        'ru',
        'Закон принят Мажилисом 5 марта, одобрен Сенатом 20 марта и подписан президентом 2 апреля.',
      ),
    ).toEqual(['2024-03-05', '2024-03-20', '2024-04-02']);
  });

  it('Kazakh: a converb, a finite verb and "ал"', () => {
    expect(
      days(
        'kk',
        'Заңды Мәжіліс 5 наурызда қабылдап, Сенат 20 наурызда мақұлдады, ал Президент 2 сәуірде қол қойды.',
      ),
    ).toEqual(['2024-03-05', '2024-03-20', '2024-04-02']);
  });

  it('one step with one day stays one act', () => {
    expect(days('ru', 'Закон подписан президентом 2 апреля.')).toEqual(['2024-04-02']);
    expect(days('kk', 'Заңға Президент 2 сәуірде қол қойды.')).toEqual(['2024-04-02']);
  });
});
