/**
 * A vote candidates are put up for is ahead of the putting up, and its own date is the vote's, not
 * the nominating's. Sentences written for the test (published 2026-03-12):
 * - "Партия выдвинула кандидатов на выборы в Мажилис 19 марта" dated the nomination to 19 March
 *   2025 (a past verb, so last year's) and gave no election;
 * - "Делегаттар 2026 жылғы Мәжіліс сайлауына үміткерлер тізімін ұсынды" drew the 2026 election as
 *   held ("үміткер" was not read as a candidate; a past verb made the vote done).
 * (ownDate.ts candidacyDay, locales/ru/events/dateOwnership.ts voteChamber, tense.ts candidacyTense.)
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2026-03-12';
const events = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(
    lang,
    `${lang === 'kk' ? 'Астана. 12 наурыз.' : 'Астана. 12 марта.'} ${text}`,
    PUB,
  ).events;

const RU_WHO = ['Партия', 'Партия «Ак жол»', 'Съезд партии'];
const RU_PUT = ['выдвинул$ кандидатов', 'выдвинул$ кандидата', 'выдвинул$ своих кандидатов'];
const RU_VOTE = [
  'на выборы в Мажилис',
  'на выборы в маслихаты',
  'на выборы депутатов Мажилиса',
  'на выборы',
];
const RU_DAY = [
  ['19 марта', '2026-03-19'],
  ['5 апреля', '2026-04-05'],
  ['2026 года', '2026'],
  ['2027 года', '2027'],
] as const;
const RU_CASES = RU_WHO.flatMap((who) =>
  RU_PUT.flatMap((put) =>
    RU_VOTE.flatMap((vote) =>
      RU_DAY.map(([day, edtf]) => {
        const verb = put.replace('$', who.startsWith('Съезд') ? '' : 'а');
        return [`${who} ${verb} ${vote} ${day}.`, edtf] as const;
      }),
    ),
  ),
);

describe('a Russian vote candidates are put up for', () => {
  it.each(RU_CASES)('%s', (sentence, edtf) => {
    const es = events('ru', sentence);
    const vote = es.find((e) => e.type === 'election');
    expect(vote?.date.edtf).toBe(edtf);
    expect(vote?.status).toBe('planned');
    // (The putting up is not on the vote's day, nor a year before it.)
    for (const e of es.filter((x) => x.type !== 'election'))
      expect(e.date.edtf.slice(5)).not.toBe(edtf.slice(5) || 'none');
  });
});

const KK_WHO = ['Партия', 'Делегаттар', 'Партия съезі'];
const KK_PUT = [
  'үміткерлер тізімін ұсынды',
  'кандидат ұсынды',
  'кандидаттарын ұсынды',
  'үміткерлерін ұсынды',
];
const KK_VOTE = [
  ['2026 жылғы Мәжіліс сайлауына', '2026'],
  ['2026 жылғы мәслихат сайлауына', '2026'],
  ['2027 жылғы президент сайлауына', '2027'],
  ['19 наурызда өтетін Мәжіліс сайлауына', '2026-03-19'],
] as const;
const KK_CASES = KK_WHO.flatMap((who) =>
  KK_PUT.flatMap((put) => KK_VOTE.map(([vote, edtf]) => [`${who} ${vote} ${put}.`, edtf] as const)),
);

describe('a Kazakh vote candidates are put up for', () => {
  it.each(KK_CASES)('%s', (sentence, edtf) => {
    const vote = events('kk', sentence).find((e) => e.type === 'election');
    expect(vote?.date.edtf).toBe(edtf);
    expect(vote?.status).toBe('planned');
  });
});

describe('a vote held before, named as run in, is done', () => {
  it.each([
    ['kk', 'Партия 2023 жылғы Мәжіліс сайлауына үміткерлер тізімін ұсынған болатын.', '2023'],
    ['ru', 'Партия выдвинула кандидатов на выборы в Мажилис 2023 года.', '2023'],
  ] as const)('%s: %s', (lang, sentence, edtf) => {
    const vote = events(lang, sentence).find((e) => e.type === 'election');
    expect(vote?.date.edtf).toBe(edtf);
    expect(vote?.status).toBe('reported');
  });
});
