/**
 * An election a body calls is its own act, not a decree: "ЦИК назначила внеочередные выборы" and
 * "ОСК … сайлау тағайындады" were titled 'Decree on calling an election'. events/callingBody.ts
 * reads an election commission or a maslikhat in the nominative before the calling verb (no head
 * of state in the clause); titlesCalling.ts titles its calling. Generated over bodies, snap or
 * not, and days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS: [string, string, string][] = [
  ['10 марта', '10 наурызда', '2025-03-10'],
  ['5 февраля', '5 ақпанда', '2025-02-05'],
];
type Case = ['kk' | 'ru', string, string, string];
const cases: Case[] = DAYS.flatMap(([ru, kk, day]): Case[] => [
  ['ru', `ЦИК ${ru} назначила внеочередные выборы в Мажилис.`, day, 'The Central Election Commission calls a snap election'], // prettier-ignore
  ['ru', `Центральная избирательная комиссия ${ru} назначила выборы акимов районов.`, day, 'The Central Election Commission calls an election'], // prettier-ignore
  ['ru', `Маслихат ${ru} назначил выборы акима района.`, day, 'The maslikhat calls an election'],
  ['kk', `ОСК ${kk} Мәжіліске кезектен тыс сайлау тағайындады.`, day, 'The Central Election Commission calls a snap election'], // prettier-ignore
  ['kk', `Орталық сайлау комиссиясы ${kk} Мәжіліс депутаттарының сайлауын тағайындады.`, day, 'The Central Election Commission calls an election'], // prettier-ignore
  [
    'kk',
    `Аудандық мәслихат ${kk} әкім сайлауын тағайындады.`,
    day,
    'The maslikhat calls an election',
  ],
]);

const titles = (lang: 'kk' | 'ru', text: string, day: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.date.edtf === day)
    .map((e) => e.title.en);

describe('an election a body calls', () => {
  it.each(cases)('is its calling, not a decree (%s): %s', (lang, text, day, title) => {
    expect(titles(lang, text, day)).toContain(title);
  });

  it.each<['kk' | 'ru', string]>([
    ['ru', 'Президент 10 марта назначил внеочередные выборы в Мажилис.'],
    ['kk', 'Мемлекет басшысы 10 наурызда Мәжіліске кезектен тыс сайлау тағайындады.'],
    ['kk', 'Президент ОСК ұсынысы бойынша 10 наурызда сайлау тағайындады.'],
  ])('the head of state calls it himself (%s): %s', (lang, text) => {
    // (His call is titled as his: titlesCalling.ts calledByPerson.)
    expect(titles(lang, text, '2025-03-10').some((t) => /^The President calls /u.test(t))).toBe(
      true,
    );
  });
});
