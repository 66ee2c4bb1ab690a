/** The eve of an event, a reference point after it and a habit are no events of their own. */
import { describe, expect, it } from 'vitest';
import { isEveOrAfter, isHabit } from '../../../../scripts/extract/events/notAnEvent';
import type { DocTimex } from '../../../../scripts/extract/stages/dates';

const sentence = (text: string) => ({ index: 0, paragraph: 0, start: 0, end: text.length, text });
const at = (text: string, word: string) => text.indexOf(word);
const date = (text: string, anchor: DocTimex['anchor']) =>
  ({ start: 0, end: text.length, text, type: 'DATE', value: '2024-06', granularity: 'month', anchor, sentence: 0, agrees: true }) as DocTimex; // prettier-ignore

describe('isEveOrAfter', () => {
  it.each([
    ['ru', 'Накануне съезда, 24 января, прошло заседание.', 'съезда'],
    ['kk', 'Сайлау алдында кездесу өтті.', 'Сайлау'],
    ['ru', 'После выборов 1 июля парламент собрался.', 'выборов'],
    ['ru', 'Исполнилось два года со дня референдума.', 'референдума'],
  ] as const)('%s: %s', (lang, text, word) => {
    expect(isEveOrAfter(lang, sentence(text), at(text, word))).toBe(true);
  });
  it('not the event itself', () => {
    const text = 'Съезд прошел 24 января.';
    expect(isEveOrAfter('ru', sentence(text), 0)).toBe(false);
  });
});

describe('isHabit', () => {
  const text = 'Жыл сайын маусымда партия съезі өтеді.';
  it('is a habit with a date of no year, or none', () => {
    expect(isHabit('kk', sentence(text), date('маусымда', 'dct'))).toBe(true);
    expect(isHabit('kk', sentence(text), undefined)).toBe(true);
  });
  it('is an event when the date has its year, or is today', () => {
    expect(isHabit('kk', sentence(text), date('2024 жылы маусымда', 'absolute'))).toBe(false);
    expect(isHabit('kk', sentence(text), date('бүгін', 'dct'))).toBe(false);
  });
  it('is no habit without a habitual word', () => {
    expect(isHabit('kk', sentence('Маусымда партия съезі өтеді.'), undefined)).toBe(false);
  });
});
