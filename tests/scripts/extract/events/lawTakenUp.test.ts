/**
 * A law named in a question or a sentence before and taken up by "документ", "проект" or a pronoun
 * ("Когда приняли кодекс? / Глава государства подписал документ 18 июля 2025 года. Мажилис одобрил
 * его в конце июня, Сенат – в первой половине июля"): each step is a law event on its own date; a
 * dash standing for the verb repeats the step by another body. The question itself reports nothing.
 * Without a law named before, "одобрил его" stays no law. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2025-12-29';
const at = (text: string) => kindsAndDays('ru', `Что нужно знать\n\n${text}`, PUB);

describe('a law taken up after the sentence that named it', () => {
  it('a Q/A answer: signing, both chambers and the ellipsis', () => {
    const got = at(
      'Когда приняли кодекс?\n\nГлава государства подписал документ 18 июля 2025 года. Мажилис одобрил его в конце июня, Сенат – в первой половине июля.',
    );
    expect(got).toEqual(expect.arrayContaining(['law 2025-07-18', 'law 2025-06', 'law 2025-07']));
    expect(got).not.toContain('law 2025-12-29');
  });
  it('the draft submitted, then approved by both chambers', () => {
    const got = at(
      'Как закон проходил через парламент?\n\nПроект внесло правительство в мае. Мажилис одобрил его 4 июня, Сенат – 26 июня.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['law 2025-05', 'law 2025-06-04', 'law 2025-06-26']),
    );
  });
  it('with no law named before, a pronoun is not one', () => {
    const got = at('Как проходило обсуждение плана?\n\nМажилис одобрил его 4 июня.');
    expect(got.filter((e) => e.startsWith('law'))).toEqual([]);
  });
  it('a task with the infinitive before the modal', () => {
    expect(at('Освободить заключенных должны до конца октября.')).toContain('other 2025-10');
  });
});
