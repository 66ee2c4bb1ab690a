/**
 * A vote called or a reform announced in an Address is what the Address said: the Address is the
 * event, and the call no decree, the announcement no reform of its own ("Досрочные выборы Токаев
 * объявил 9 апреля в обращении к народу", "реформаның бағыттары Жолдауда жарияланды"); a vote
 * called outside an Address stays a decree, a reform proposed in one a proposal or a reform
 * (events/findTriggers.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', sentence: string) =>
  kindsAndDays(lang, sentence).map((k) => k.split(' ')[0]);

const IN_ADDRESS = [
  ['ru', 'Досрочные выборы Токаев объявил 9 апреля в обращении к народу.'],
  ['ru', 'Токаев 9 апреля в обращении к народу объявил досрочные выборы на 9 июня.'],
  ['ru', 'В Послании 2 сентября Президент объявил о референдуме.'],
  ['ru', 'Послание прозвучало 2 сентября, и тогда Президент назначил выборы.'],
  [
    'kk',
    'Тоқаев 9 сәуірде халыққа үндеуінде кезектен тыс президент сайлауын 9 маусымға тағайындады.',
  ],
  ['kk', 'Мемлекет басшысы 2 қыркүйекте Жолдауында референдум тағайындады.'],
] as const;
const OUTSIDE = [
  ['ru', 'Досрочные выборы Токаев объявил 9 апреля.'],
  ['kk', 'Тоқаев 9 сәуірде кезектен тыс президент сайлауын тағайындады.'],
] as const;

const REFORM_IN_ADDRESS = [
  ['kk', 'Реформалардың негізгі бағыттары 16 наурыздағы Жолдауда жарияланды.'],
  ['kk', 'Саяси реформа 16 наурыздағы Жолдауында жарияланған еді.'],
  ['ru', '16 марта Токаев выступил с Посланием, объявив о политической реформе.'],
  ['ru', 'Курс политических реформ был заявлен в Послании 16 марта.'],
] as const;

describe('a reform announced in an Address', () => {
  it.each(REFORM_IN_ADDRESS)('%s: the Address, no reform: %s', (lang, sentence) => {
    const found = kinds(lang, sentence);
    expect(found).toContain('address');
    expect(found).not.toContain('reform');
  });
  it('ru: a reform proposed in an Address is still told', () => {
    const found = kinds('ru', 'Парламентскую реформу президент предложил в Послании 8 сентября.');
    expect(found.some((k) => k === 'reform' || k === 'proposal')).toBe(true);
  });
});

describe('a vote called in an Address', () => {
  it.each(IN_ADDRESS)('%s: the Address, no decree: %s', (lang, sentence) => {
    const found = kinds(lang, sentence);
    expect(found).toContain('address');
    expect(found).not.toContain('decree');
  });
  it.each(OUTSIDE)('%s: outside an Address the call is a decree: %s', (lang, sentence) => {
    expect(kinds(lang, sentence)).toContain('decree');
  });
});
