/**
 * An event a countdown counts to is no event of its own: "Регистрация кандидатов завершится за 20
 * дней до выборов", "сайлауға 20 күн қалғанда" gave an unplaced election besides the act counted
 * from it. events/countdown.ts reads the countdown by per-language cues ("за <count> <unit> до",
 * "<dative> <count> <unit> қалғанда", "<ablative> <count> <unit> бұрын"); a day right after the
 * cue still dates it ("за 20 дней до выборов 5 апреля"). Generated over counts, cues and both
 * languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const RU_COUNT = ['20 дней', 'два месяца', 'неделю'];
const RU_VOTE = ['выборов', 'президентских выборов', 'референдума'];
const KK_COUNT = ['20 күн', 'бір ай', 'екі апта'];
const KK_VOTE = [
  ['сайлауға', 'сайлаудан'],
  ['Мәжіліс сайлауына', 'Мәжіліс сайлауынан'],
  ['референдумға', 'референдумнан'],
];

const votes = (lang: 'kk' | 'ru', text: string) => {
  const data = extractSentences(lang, text, PUB);
  return [
    ...data.events.filter((e) => e.type === 'election' || e.type === 'referendum'),
    ...(data.unplaced ?? []).filter(
      (u) => u.kind === 'event' && (u.type === 'election' || u.type === 'referendum'),
    ),
  ];
};

type Case = ['kk' | 'ru', string];
const cases: Case[] = [
  ...RU_COUNT.flatMap((n) =>
    RU_VOTE.flatMap((v): Case[] => [
      ['ru', `Регистрация кандидатов завершится за ${n} до ${v}.`],
      ['ru', `За ${n} до ${v} партия проведёт съезд.`],
    ]),
  ),
  ...KK_COUNT.flatMap((n) =>
    KK_VOTE.flatMap(([dat, abl]): Case[] => [
      ['kk', `${dat} ${n} қалғанда партия съезд өткізбек.`],
      ['kk', `${abl} ${n} бұрын партия съезд өткізбек.`],
    ]),
  ),
];

describe('the point a countdown counts to', () => {
  it.each(cases)('%s: %s', (lang, text) => {
    expect(votes(lang, text)).toEqual([]);
  });

  it.each<Case>([
    ['ru', 'Регистрация кандидатов завершится за 20 дней до выборов 5 апреля.'],
    ['ru', 'После выборов партия проведёт съезд.'],
    ['kk', 'Сайлаудан кейін партия съезд өткізбек.'],
  ])('still an event where no countdown counts to it, %s: %s', (lang, text) => {
    expect(votes(lang, text)).toHaveLength(1);
  });
});
