/**
 * A vote called in an Address is what the Address said: the Address is the event, and the call no
 * decree of its own ("Досрочные выборы Токаев объявил 9 апреля в обращении к народу"); a vote
 * called outside an Address stays a decree (events/findTriggers.ts). Sentences written for the test.
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
