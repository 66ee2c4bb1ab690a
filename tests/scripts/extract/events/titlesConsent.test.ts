/**
 * A body's consent to a candidacy is not the appointment: "Мажилис одобрил кандидатуру Олжаса
 * Бектенова на пост премьер-министра" was titled 'Olzhas Bektenov appointed Prime Minister', as was
 * "Мәжіліс … кандидатурасын келісті / мақұлдады"; the decree that follows appoints. The
 * appointment's cue of facet `candidacy` is now titled as the consent (events/titlesConsent.ts).
 * Generated over bodies, verbs and days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS: [string, string, string][] = [
  ['7 февраля', '7 ақпанда', '2025-02-07'],
  ['10 марта', '10 наурызда', '2025-03-10'],
];
const RU_VERBS = ['одобрил', 'согласовал'];
const KK_VERBS = ['келісті', 'мақұлдады', 'қолдады'];

type Case = ['kk' | 'ru', string, string, RegExp];
const cases: Case[] = DAYS.flatMap(([ru, kk, day]): Case[] => [
  ...RU_VERBS.map((v): Case => [
    'ru',
    `Мажилис ${ru} ${v} кандидатуру Олжаса Бектенова на пост премьер-министра.`,
    day,
    /^The Mazhilis consents to Olzhas Bektenov's candidacy for Prime Minister$/u,
  ]),
  ...KK_VERBS.map((v): Case => [
    'kk',
    `Мәжіліс ${kk} Олжас Бектеновтің Премьер-Министр лауазымына кандидатурасын ${v}.`,
    day,
    /^The Mazhilis consents to Olzhas Bektenov's candidacy for Prime Minister$/u,
  ]),
  [
    'ru',
    `Маслихат ${ru} согласовал кандидатуру Нурлана Нигматулина на пост акима Карагандинской области.`,
    day,
    /^The maslikhat consents to Nurlan Nigmatulin's candidacy/iu,
  ],
]);

const titles = (lang: 'kk' | 'ru', text: string, day: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.date.edtf === day)
    .map((e) => e.title.en);

describe('a consent to a candidacy', () => {
  it.each(cases)('is titled as the consent (%s): %s', (lang, text, day, title) => {
    const got = titles(lang, text, day);
    expect(got.some((t) => title.test(t))).toBe(true);
    expect(got.some((t) => /appointed/u.test(t))).toBe(false);
  });

  it.each<['kk' | 'ru', string]>([
    ['ru', 'Президент 7 февраля назначил Олжаса Бектенова премьер-министром.'],
    ['kk', 'Президент 7 ақпанда Олжас Бектеновті Премьер-Министр етіп тағайындады.'],
  ])('the appointment stays one (%s): %s', (lang, text) => {
    expect(titles(lang, text, '2025-02-07')).toContain('Olzhas Bektenov appointed Prime Minister');
  });
});

describe('the head of state who proposes a candidacy is not the candidate', () => {
  const SENTENCES: ['kk' | 'ru', string][] = [
    ...KK_VERBS.map((v): ['kk', string] => [
      'kk',
      `Мәжіліс депутаттары 10 наурызда Президент ұсынған кандидатураны ${v}.`,
    ]),
    ...KK_VERBS.map((v): ['kk', string] => [
      'kk',
      `Мәжіліс 10 наурызда Мемлекет басшысы Қасым-Жомарт Тоқаев ұсынған кандидатураны ${v}.`,
    ]),
    ...RU_VERBS.map((v): ['ru', string] => [
      'ru',
      `Мажилис 10 марта ${v} кандидатуру, предложенную Президентом Касым-Жомартом Токаевым.`,
    ]),
  ];
  it.each(SENTENCES)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.some((t) => /Tokayev's candidacy|President's candidacy/u.test(t))).toBe(false);
  });
});
