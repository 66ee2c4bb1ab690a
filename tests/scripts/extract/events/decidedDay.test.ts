/**
 * The day a decree sets for a vote is the vote's, in no tense of its own. "Президент сайлауды 15
 * наурызда өткізу туралы Жарлыққа қол қойды" published 12 March 2025 (a test sentence written for
 * the check) dated the election 15 March 2024, held: the past of the signing gave the year-less day
 * the direction of the past, and "Президент" before "сайлауды" made it presidential. "Президент
 * подписал указ о проведении выборов 15 марта" dated the decree 15 March, ahead. Now a year-less
 * day before a verbal noun that a document is about ("… өткізу туралы") takes the nearest year,
 * "Президент сайлауды" (the President, and a vote in the accusative) names no kind, and in Russian
 * the day right after "о проведении/назначении X" is X's. Generated over days, votes and both
 * languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '15 наурызда', ru: '15 марта', edtf: '2025-03-15', status: 'planned' },
  { kk: '10 наурызда', ru: '10 марта', edtf: '2025-03-10', status: 'reported' },
  { kk: '20 сәуірде', ru: '20 апреля', edtf: '2025-04-20', status: 'planned' },
];
const VOTES = [
  { kk: 'сайлауды', ru: 'выборов', type: 'election' },
  { kk: 'референдумды', ru: 'референдума', type: 'referendum' },
];

const cases = DAYS.flatMap((d) => VOTES.flatMap((v) => [
  ['kk', `Президент ${v.kk} ${d.kk} өткізу туралы Жарлыққа қол қойды.`, v.type, d.edtf, d.status],
  ['kk', `Мемлекет басшысы ${v.kk} ${d.kk} өткізу туралы Жарлыққа қол қойды.`, v.type, d.edtf, d.status],
  ['ru', `Президент подписал указ о проведении ${v.ru} ${d.ru}.`, v.type, d.edtf, d.status],
])) as Array<['kk' | 'ru', string, string, string, string]>; // prettier-ignore

describe('the day a decree sets for a vote', () => {
  it.each(cases)('%s: %s', (lang, text, type, day, status) => {
    const events = extractSentences(lang, text, PUB).events;
    const vote = events.filter((e) => e.type === type);
    expect(vote.map((e) => [e.date.edtf, e.status])).toEqual([[day, status]]);
    expect(vote[0]!.title.en).not.toMatch(/^Presidential/u);
    expect(events.filter((e) => e.type === 'decree').map((e) => e.date.edtf)).toEqual([PUB]);
  });

  it('keeps the signing day written after the signer', () => {
    const events = extractSentences('ru', 'Указ о проведении референдума Токаев подписал 11 февраля.', PUB).events; // prettier-ignore
    expect(events.filter((e) => e.type === 'decree').map((e) => e.date.edtf)).toEqual([
      '2025-02-11',
    ]);
  });
});
