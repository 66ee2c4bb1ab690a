/**
 * A sum over a span ("За последние семь лет сменили названия столица, правящая партия, а теперь и
 * парламент") tells several acts, none of the article's day: the aspect reads it as a habit, so
 * only an absolute date places what the sentence names.
 */
import { describe, expect, it } from 'vitest';
import { RU_ASPECT } from '../../../../../../scripts/extract/locales/ru/events/aspect';

const SPANS = [
  'За последние семь лет',
  'За последние 7 лет',
  'за последние три года',
  'За последние годы',
  'За последние месяцы',
  'за последние два месяца',
  'За последние десятилетия',
  'За последнее десятилетие',
];

describe('a sum over a span is read as a habit', () => {
  it.each(SPANS)('%s …', (span) => {
    expect(RU_ASPECT.habitual.test(`${span} партия сменила название.`)).toBe(true);
  });
  it.each([
    'За последние семь лет в казахстанской политике сменили названия столица, правящая партия, а теперь и парламент.',
    'За последние годы правительство менялось трижды.',
  ])('%s', (sentence) => {
    expect(RU_ASPECT.habitual.test(sentence)).toBe(true);
  });
});

describe('a single act is not', () => {
  it.each([
    'В последние дни партия сменила название.',
    'За последнюю неделю полиция задержала 500 человек.',
    'Последние выборы прошли 19 марта.',
    'За последний год партия сменила название.',
  ])('%s', (sentence) => {
    expect(RU_ASPECT.habitual.test(sentence)).toBe(false);
  });
});
