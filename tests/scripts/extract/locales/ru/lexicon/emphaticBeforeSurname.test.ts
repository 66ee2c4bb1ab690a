/**
 * An emphatic pronoun or particle opening a sentence before a surname is no given name: "Сам
 * Токаев поручил им подготовить предложения" was titled "Sam Tokayev gives instructions".
 * Generated over the words, surnames and verbs; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const WORDS = ['Сам', 'Лично', 'Именно', 'Даже', 'Только', 'Также', 'Уже'];
const PEOPLE: Array<[string, string, string]> = [
  ['Токаев', 'поручил', 'Tokayev'],
  ['Бектенов', 'поручил', 'Bektenov'],
  ['Кошанов', 'поручил', 'Koshanov'],
];

const CASES = WORDS.flatMap(
  (w) =>
  PEOPLE.map(([surname, verb, en]) => [`${w} ${surname} 5 марта ${verb} акимам подготовить предложения.`, en] as const), // prettier-ignore
);

describe('an emphatic word before a surname', () => {
  it.each(CASES)('%s', (text, en) => {
    const titles = extractSentences('ru', text, '2025-03-12').events.map((e) => e.title.en);
    expect(titles).toContain(`${en} gives instructions`);
  });
});
