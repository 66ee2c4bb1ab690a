/**
 * The post an appointment's title names is the one in its own clause: "В 2019 году он был назначен
 * вице-министром энергетики, а с 2023 года возглавлял управляющую компанию" titled both the 2019
 * appointment and the 2023 one "becomes Deputy Minister of Energy" (events/eventTitleArgs.ts read the
 * post from the whole sentence). Generated over coordinating conjunctions, posts and the second
 * clause's acts, in Russian and Kazakh; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titlesByYear = (lang: 'kk' | 'ru', text: string) =>
  Object.fromEntries(
    extractSentences(lang, text, '2026-03-12').events.map((e) => [e.date.edtf, e.title.en]),
  );

const RU_POSTS: Array<[string, RegExp]> = [
  ['вице-министром энергетики', /Deputy Minister of Energy/u],
  ['акимом Павлодарской области', /akim/iu],
  ['министром юстиции', /Minister of Justice/u],
];
const RU_SECOND = [
  'возглавлял управляющую компанию',
  'возглавил национальную компанию',
  'возглавлял холдинг',
];
const RU_JOIN = [', а с 2023 года', ', а в 2023 году', '; с 2023 года', ', но с 2023 года'];

describe('Russian: the second clause takes no post from the first', () => {
  it.each(
    RU_POSTS.flatMap(([p, re]) =>
      RU_SECOND.flatMap((s) => RU_JOIN.map((j) => [p, re, s, j] as const)),
    ),
  )('%s%s … %s', (post, re, second, join) => {
    const text = `Астана, 12 марта. В 2019 году Аккенженов был назначен ${post}${join} ${second}.`;
    const titles = titlesByYear('ru', text);
    expect(titles['2019']).toMatch(re);
    expect(titles['2023']).toBeDefined();
    expect(titles['2023']).not.toMatch(re);
  });
});

const KK: Array<[string, RegExp]> = [
  ['энергетика вице-министрі', /Deputy Minister of Energy/u],
  ['әділет министрі', /Minister of Justice/u],
];

describe('Kazakh: the second clause takes no post from the first', () => {
  it.each(
    KK.flatMap(([p, re]) =>
      [', ал 2023 жылдан бастап', '; 2023 жылдан бастап'].map((j) => [p, re, j] as const),
    ),
  )('%s%s', (post, re, join) => {
    const text = `Астана, 12 наурыз. 2019 жылы Аккенженов ${post} болып тағайындалды${join} басқарушы компанияны басқарды.`;
    const titles = titlesByYear('kk', text);
    expect(titles['2019']).toMatch(re);
    expect(titles['2023']).toBeDefined();
    expect(titles['2023']).not.toMatch(re);
  });
});
