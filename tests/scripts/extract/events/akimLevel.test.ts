/**
 * An akim election is titled by the level the text names: "5 ауылдық округ әкімінің сайлауы өтті"
 * (a rural district's akims) was titled "Election of district akims", as was every akim election
 * whatever its level. events/akimLevel.ts reads rural akims (ауыл, ауылдық округ, кент; сельских,
 * сельских округов, аулов) and district akims (аудан, районов); an election that names neither is
 * "of akims". Generated over the level's words, days and both languages; sentences written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '9 наурызда', ru: '9 марта' },
  { kk: '2 наурызда', ru: '2 марта' },
];
type Case = ['kk' | 'ru', string, string];
const KK: Array<[string, string]> = [
  ['ауыл әкімдерінің', 'Election of rural akims'],
  ['бес ауылдық округ әкімінің', 'Election of rural akims'],
  ['кент әкімінің', 'Election of rural akims'],
  ['ауылдар мен кенттердің әкімдерінің', 'Election of rural akims'],
  ['аудан әкімдерінің', 'Election of district akims'],
  ['үш аудандардың әкімдерінің', 'Election of district akims'],
  ['әкімдердің', 'Election of akims'],
];
const RU: Array<[string, string]> = [
  ['сельских акимов', 'Election of rural akims'],
  ['акимов сельских округов', 'Election of rural akims'],
  ['акимов аулов и поселков', 'Election of rural akims'],
  ['акимов районов', 'Election of district akims'],
  ['акимов трех районов', 'Election of district akims'],
  ['районных акимов', 'Election of district akims'],
  ['акимов', 'Election of akims'],
];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d): Case[] => [
  ...KK.map(([w, t]): Case => ['kk', `Облыста ${d.kk} ${w} сайлауы өтті.`, t]),
  ...RU.map(([w, t]): Case => ['ru', `В области ${d.ru} прошли выборы ${w}.`, t]),
]);

describe('an akim election is titled by the level of akims the text names', () => {
  it.each(cases)('%s: %s', (lang, text, title) => {
    const events = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'election');
    expect(events.map((e) => e.title.en)).toEqual([title]);
  });
});
