/**
 * A bare "курултай" / "құрылтай" is the National Kurultai's session (an advisory state council),
 * not a party congress, unless a party is named beside it or the article calls it a congress.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

/** The kinds of the events the sentences give, with their English titles. */
const kinds = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2024-03-20').events.map((e) => `${e.type}: ${e.title.en}`);

const RU_COUNCIL = [
  'Курултай прошёл в Атырау 15 марта 2024 года.',
  '15 марта 2024 года в Атырау прошёл курултай.',
  'Президент 15 марта 2024 года выступил на курултае в Атырау.',
  'Очередное заседание курултая состоялось в Атырау 15 марта 2024 года.',
  'Члены курултая собрались в Атырау 15 марта 2024 года.',
  'Третий курултай состоялся в Атырау 15 марта 2024 года.',
];
const KK_COUNCIL = [
  'Құрылтай 2024 жылғы 15 наурызда Атырауда өтті.',
  '2024 жылғы 15 наурызда Атырауда құрылтай өтті.',
  'Президент 2024 жылғы 15 наурызда Атырауда өткен құрылтайда сөз сөйледі.',
  'Құрылтайдың үшінші отырысы 2024 жылғы 15 наурызда Атырауда өтті.',
];
const RU_PARTY = [
  'Курултай партии прошёл в Астане 15 марта 2024 года.',
  'Очередной курултай партии AMANAT прошёл в Астане 15 марта 2024 года.',
  'Партийный курултай прошёл в Астане 15 марта 2024 года.',
  'Партия AMANAT провела съезд. Курултай прошёл в Астане 15 марта 2024 года.',
];
const KK_PARTY = [
  '«AMANAT» партиясының құрылтайы 2024 жылғы 15 наурызда Астанада өтті.',
  'Партияның құрылтайы 2024 жылғы 15 наурызда Астанада өтті.',
  'Партия съезі туралы айтылды. Құрылтай 2024 жылғы 15 наурызда Астанада өтті.',
];

describe('a bare kurultai is the National Kurultai', () => {
  it.each([
    ...RU_COUNCIL.map((s) => ['ru', s] as const),
    ...KK_COUNCIL.map((s) => ['kk', s] as const),
  ])('%s: %s', (lang, text) => {
    const got = kinds(lang, text);
    expect(got.filter((k) => k.startsWith('congress'))).toEqual([]);
    expect(got.some((k) => k.startsWith('meeting: Session of the National Kurultai'))).toBe(true);
  });
});

describe('a kurultai beside a party is its congress', () => {
  it.each([...RU_PARTY.map((s) => ['ru', s] as const), ...KK_PARTY.map((s) => ['kk', s] as const)])(
    '%s: %s',
    (lang, text) => {
      expect(kinds(lang, text).some((k) => k.startsWith('congress'))).toBe(true);
    },
  );
});
