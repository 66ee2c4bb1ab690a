/**
 * A vote named as what the sentence's act comes before ("кампания перед республиканским
 * референдумом", "референдум алдындағы үгіт науқаны") is ahead of that act: it does not take the
 * act's day. With an adjective between the preposition and the noun (Russian), or in the
 * attributive "алдындағы" (Kazakh), the vote had been dated by the day the campaign began.
 * Sentences written for the test; published 16 February 2026.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2026-02-16';
const RU_BEFORE = ['перед', 'накануне', 'в преддверии'];
// The noun phrase after each preposition, in the case it governs.
const RU_VOTES: Record<string, string[]> = {
  перед: ['республиканским референдумом', 'предстоящими президентскими выборами', 'внеочередными выборами'],
  накануне: ['республиканского референдума', 'президентских выборов', 'парламентских выборов'],
  'в преддверии': ['республиканского референдума', 'президентских выборов', 'внеочередных выборов'],
}; // prettier-ignore
const RU_ACTS = [
  'Сегодня стартовала агитационная кампания',
  'Сегодня в Астане прошёл форум политических партий',
  'С сегодняшнего дня действует запрет на публикацию опросов',
];
const RU = RU_BEFORE.flatMap((p) =>
  RU_VOTES[p]!.flatMap((vote) => RU_ACTS.map((act) => `${act} ${p} ${vote}.`)),
);

const KK_VOTES = ['референдум', 'Президент сайлауы', 'Мәжіліс сайлауы', 'кезектен тыс сайлау'];
const KK_BEFORE = ['алдындағы', 'қарсаңындағы'];
const KK_ACTS = ['үгіт науқаны басталды', 'партиялар форумы өтті'];
const KK = KK_VOTES.flatMap((vote) =>
  KK_BEFORE.flatMap((p) => KK_ACTS.map((act) => `Бүгін ${vote} ${p} ${act}.`)),
);

const votesToday = (events: string[]) =>
  events.filter((e) => /^(?:referendum|election) 2026-02-16$/u.test(e));

describe('a vote the act comes before is not dated by the act', () => {
  it.each(RU)('ru: %s', (sentence) => {
    expect(votesToday(kindsAndDays('ru', sentence, PUB))).toEqual([]);
  });
  it.each(KK)('kk: %s', (sentence) => {
    expect(votesToday(kindsAndDays('kk', sentence, PUB))).toEqual([]);
  });
});

describe('a vote held that day still is', () => {
  it.each([
    ['ru', 'Сегодня в Казахстане прошёл республиканский референдум.'],
    ['ru', 'Сегодня прошли внеочередные президентские выборы.'],
    ['kk', 'Бүгін елімізде республикалық референдум өтті.'],
    ['kk', 'Бүгін кезектен тыс Президент сайлауы өтті.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(votesToday(kindsAndDays(lang, sentence, PUB))).toHaveLength(1);
  });
});
