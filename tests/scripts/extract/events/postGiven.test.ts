/**
 * The post given, not the one its giver holds, nor the one a deputy deputises for: an appointment
 * as a vice-minister or a minister's deputy is titled "deputy minister", as an akim's deputy
 * "deputy akim", never "minister" or "akim"; and the issuer of the act it is given by
 * ("Распоряжением Премьер-министра", "Премьер-Министрдің өкімімен") gives his own post to no one.
 * A first deputy keeps "first" (events/firstDeputy.ts).
 * Generated over the posts (first deputies too, with their ministry or region), both languages and
 * the acts and their issuers before the name; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2024-09-05').events.map((e) => e.title);

// [post given, English title's post, what the Russian and the Kazakh title must hold]
const RU_POSTS: Array<[string, string, RegExp, RegExp]> = [
  ['вице-министром иностранных дел', 'Deputy Minister of Foreign Affairs', /вице-министр/u, /вице-министр/u],
  ['первым вице-министром энергетики', 'First Deputy Minister of Energy', /первым вице-министр/u, /бірінші вице-министр/u],
  ['заместителем министра финансов', 'Deputy Minister of Finance', /вице-министр/u, /вице-министр/u],
  ['заместителем акима Алматинской области', 'deputy akim of Almaty Region', /заместителем акима Алматинской/u, /Алматы облысы әкімінің орынбасары/u],
  ['первым заместителем акима Алматинской области', 'first deputy akim of Almaty Region', /первым заместителем акима/u, /әкімінің бірінші орынбасары/u],
  ['акимом Алматинской области', 'akim of Almaty Region', /акимом Алматинской/u, /облысының әкімі/u],
]; // prettier-ignore
const RU_LEADS = [
  '',
  'Указом Президента ',
  'Указом Главы государства ',
  'Распоряжением Премьер-министра ',
  'Постановлением Правительства ',
  'Сегодня ',
];

const KK_POSTS: Array<[string, string, RegExp, RegExp]> = [
  ['Сыртқы істер вице-министрі', 'Deputy Minister of Foreign Affairs', /вице-министр/u, /вице-министр/u],
  ['Энергетика бірінші вице-министрі', 'First Deputy Minister of Energy', /первым вице-министр/u, /бірінші вице-министр/u],
  ['Қаржы министрінің орынбасары', 'Deputy Minister of Finance', /вице-министр/u, /вице-министр/u],
  ['Алматы облысы әкімінің орынбасары', 'deputy akim of Almaty Region', /заместителем акима Алматинской/u, /Алматы облысы әкімінің орынбасары/u],
  ['Алматы облысы әкімінің бірінші орынбасары', 'first deputy akim of Almaty Region', /первым заместителем акима/u, /әкімінің бірінші орынбасары/u],
  ['Алматы облысының әкімі', 'akim of Almaty Region', /акимом Алматинской/u, /облысының әкімі/u],
]; // prettier-ignore
const KK_LEADS = [
  '',
  'Мемлекет басшысының Жарлығымен ',
  'Президенттің Жарлығымен ',
  'Премьер-Министрдің өкімімен ',
  'Үкіметтің қаулысымен ',
];

const cases = (
  posts: Array<[string, string, RegExp, RegExp]>,
  leads: string[],
  sentence: (lead: string, post: string) => string,
) =>
  posts.flatMap(([post, en, ru, kk]) =>
    leads.map((lead) => ({ sentence: sentence(lead, post), en, ru, kk })),
  );

describe('the post given, not its giver’s nor the one deputised for', () => {
  it.each(cases(RU_POSTS, RU_LEADS, (lead, post) => `${lead}Алибек Бакаев назначен ${post}.`))(
    'ru: $sentence',
    ({ sentence, en, ru, kk }) => {
      const got = titles('ru', sentence);
      expect(got.map((t) => t.en)).toEqual([`Alibek Bakayev appointed ${en}`]);
      expect(got[0]!.ru).toMatch(ru);
      expect(got[0]!.kk).toMatch(kk);
    },
  );
  it.each(
    cases(KK_POSTS, KK_LEADS, (lead, post) => `${lead}Әлібек Бақаев ${post} болып тағайындалды.`),
  )('kk: $sentence', ({ sentence, en, ru, kk }) => {
    const got = titles('kk', sentence);
    expect(got.map((t) => t.en)).toEqual([`Alibek Bakayev appointed ${en}`]);
    expect(got[0]!.ru).toMatch(ru);
    expect(got[0]!.kk).toMatch(kk);
  });
});
