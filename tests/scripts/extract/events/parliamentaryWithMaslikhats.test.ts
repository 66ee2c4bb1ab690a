/**
 * A parliamentary election names the local councils only where the text does. "Мәжіліс
 * депутаттарын сайлау 19 наурызда өтті" (a test sentence written for the check) was titled
 * "Мәжіліс және мәслихат сайлауы" / "выборы в Мажилис и маслихаты": every parliamentary election
 * had the joint title, whatever the text told. Generated over wordings, both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-28';
const ALONE: [string, string, string] = [
  'Мәжіліс сайлауы',
  'Выборы в Мажилис',
  'Parliamentary election',
];
const JOINT: [string, string, string] = ['Мәжіліс және мәслихат сайлауы', 'Выборы в Мажилис и маслихаты', 'Parliamentary and local council elections']; // prettier-ignore

// prettier-ignore
const cases = [
  ['kk', 'Мәжіліс депутаттарын сайлау 19 наурызда өтті.', ALONE],
  ['kk', 'Парламент Мәжілісінің сайлауы 19 наурызда өтті.', ALONE],
  ['kk', 'Мәжіліс пен мәслихат депутаттарын сайлау 19 наурызда өтті.', JOINT],
  ['kk', 'Мәжіліс және мәслихат сайлауы 19 наурызда өтті.', JOINT],
  ['ru', 'Выборы в Мажилис прошли 19 марта.', ALONE],
  ['ru', 'Выборы депутатов Мажилиса прошли 19 марта.', ALONE],
  ['ru', 'Выборы в Мажилис и маслихаты прошли 19 марта.', JOINT],
  ['ru', '19 марта прошли выборы в Мажилис, а также в маслихаты всех уровней.', JOINT],
] as Array<['kk' | 'ru', string, [string, string, string]]>;

describe('a parliamentary election and the local councils', () => {
  it.each(cases)('%s: %s', (lang, text, [kk, ru, en]) => {
    const events = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'election');
    expect(events.map((e) => [e.date.edtf, e.title.kk, e.title.ru, e.title.en])).toEqual([
      ['2025-03-19', kk, ru, en],
    ]);
  });
});
