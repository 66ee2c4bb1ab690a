/**
 * A law or a code named by its year in the genitive right after it ("кодекс 2003 года", "закона
 * 2007 года"), in every case of the noun: a law of that year. Not a year with a preposition of its
 * own ("закон, принятый в 2007 году", told by its verb), nor the Constitution named by its year.
 * Sentences written for this test, generated over the noun's cases.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const eventsOf = (text: string) =>
  extractSentences('ru', text, '2023-06-30').events.map((e) => `${e.type} ${e.date.edtf}`);

const CASES = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов'];
const FORMS = ['закон', 'кодекс'].flatMap((noun) => CASES.map((e) => noun + e));

describe('a law named by its year', () => {
  it.each(FORMS)('%s 2007 года', (form) => {
    expect(eventsOf(`Эксперты обсуждали нормы ${form} 2007 года.`)).toContain('law 2007');
  });

  it.each([
    'Эксперты обсуждали нормы Конституции 1995 года.',
    'Эксперты обсуждали нормы закона о медиа.',
    'В 2007 году эксперты обсуждали нормы закона.',
  ])('no law of a year: %s', (text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('law'))).toEqual([]);
  });
});
