/**
 * A headline of one word is a rubric, not a report: "Саясат / Жолдау / Астана, 12 наурыз.
 * Президент 2022 жылғы 16 наурызда Жолдау жариялады." showed a second Address on the publication
 * day, made of the word "Жолдау" alone, and "Референдум", "Выборы" an undated vote. laterClauses.ts
 * now reads no cue in a line of one word (rubricLine.ts). Generated over the rubric words, their
 * punctuation and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const BODY = {
  kk: 'Астана, 12 наурыз. Президент 2022 жылғы 16 наурызда Жолдау жариялады.',
  ru: 'Астана, 12 марта. Президент 16 марта 2022 года обратился с Посланием к народу Казахстана.',
};
const WORDS = {
  kk: ['Жолдау', 'Референдум', 'Сайлау', 'Жолдауы'],
  ru: ['Послание', 'Референдум', 'Выборы', 'Обращение'],
};
const MARKS = ['', '.', ':'];
type Case = ['kk' | 'ru', string];
const cases: Case[] = (['kk', 'ru'] as const).flatMap((lang) =>
  WORDS[lang].flatMap((w) => MARKS.map((m): Case => [lang, `${w}${m}\n\n${BODY[lang]}`])),
);

describe('a headline of one word makes no event', () => {
  it.each(cases)('%s: %s', (lang, text) => {
    const data = extractSentences(lang, text, PUB);
    expect(data.events.map((e) => `${e.type} ${e.date.edtf}`)).toEqual(['address 2022-03-16']);
    expect((data.unplaced ?? []).filter((u) => u.kind === 'event')).toEqual([]);
  });
});
