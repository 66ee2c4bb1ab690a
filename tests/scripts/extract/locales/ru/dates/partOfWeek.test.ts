/**
 * "До конца недели", "в начале недели", "к середине недели": a part of the current week, as "до
 * конца года" is of the current year. The tagger read the part only before "года", so "вопрос
 * рассмотрят до конца недели" had no date. Generated over the parts in their cases, the
 * prepositions and tenses; "в конце месяца", which a story tells of the month it is at, is left
 * out.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const DCT = '2022-02-01'; // Tuesday of ISO week 5
const tagged = (text: string) =>
  tagDates(text, { lang: 'ru', dct: DCT }).map((t) => `${t.text}=${t.value}`);

// [the phrase with its preposition, the span]
const PARTS: Array<[string, string]> = [
  ['до конца недели', 'конца недели'],
  ['к концу недели', 'концу недели'],
  ['в конце недели', 'конце недели'],
  ['в начале недели', 'начале недели'],
  ['с начала недели', 'начала недели'],
  ['в середине недели', 'середине недели'],
  ['к середине недели', 'середине недели'],
];
const SENTENCES = [
  (p: string) => `Вопрос о руководителе фракции рассмотрят ${p}.`,
  (p: string) => `Депутаты ${p} обсудили законопроект.`,
  (p: string) => `${p[0]!.toUpperCase()}${p.slice(1)} правительство внесет поправки.`,
];

const cases = PARTS.flatMap(([phrase, span]) => SENTENCES.map((s) => ({ text: s(phrase), span })));

describe('a part of the current week', () => {
  it.each(cases)('$text', ({ text, span }) => {
    expect(tagged(text)).toContain(`${span}=2022-W05`);
  });
});

describe('the year as before, and no month part', () => {
  it('до конца года', () => {
    expect(tagged('Закон примут до конца года.')).toEqual(['конца года=2022']);
  });
  it('в конце месяца', () => {
    expect(tagged('В марте прошла сессия, а в конце месяца депутаты приняли закон.')).not.toContain(
      'конце месяца=2022-02',
    );
  });
});
