/**
 * The post a consent or an appointment gives is the one its complement names, not the post of
 * those who consent: "Депутаты Сената 5 марта дали согласие на назначение Ивана Петрова
 * Генеральным прокурором" was titled "… candidacy for member of the Senate", the first post the
 * cues found. Russian tells the post given by the instrumental ("Генеральным прокурором") or by
 * "на должность" and its genitive; Kazakh by the word after it ("Бас прокурор лауазымына",
 * "… болып"). Generated over those who consent, the posts, their cases, names, tenses and days;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

// The post: Russian instrumental, genitive; Kazakh nominative; English.
const POSTS: Array<[string, string, string, string]> = [
  ['Генеральным прокурором', 'генерального прокурора', 'Бас прокурор', 'Prosecutor General'],
  ['премьер-министром', 'премьер-министра', 'Премьер-Министр', 'Prime Minister'],
  [
    'Государственным секретарём',
    'государственного секретаря',
    'Мемлекеттік хатшы',
    'State Secretary',
  ],
];
// Those who consent, named by a post of their own (plural), and the chamber.
const RU_SUBJECTS = ['Депутаты Сената', 'Сенаторы', 'Депутаты Сената и Мажилиса'];
const KK_SUBJECTS = [
  'Сенат депутаттары',
  'Сенаторлар',
  'Сенат депутаттары мен Мәжіліс депутаттары',
];
const RU_NAMES = ['Ивана Петрова', 'Анны Ивановой'];
const KK_NAMES = ['Иван Петровтың', 'Анна Иванованың'];
const DAYS = [
  { ru: '5 марта', kk: '5 наурызда' },
  { ru: '12 февраля', kk: '12 ақпанда' },
];

type Case = ['kk' | 'ru', string, string];
// prettier-ignore
const cases: Case[] = POSTS.flatMap(([ins, gen, kk, en]) =>
  DAYS.flatMap((d, i) => [
    ...RU_SUBJECTS.flatMap((who, j): Case[] => {
      const name = RU_NAMES[(i + j) % RU_NAMES.length]!;
      return [
        ['ru', `${who} ${d.ru} дали согласие на назначение ${name} ${ins}.`, en],
        ['ru', `${who} ${d.ru} дали согласие на назначение ${name} на должность ${gen}.`, en],
        ['ru', `${who} ${d.ru} одобрили кандидатуру ${name} на пост ${gen}.`, en],
      ];
    }),
    ...KK_SUBJECTS.flatMap((who, j): Case[] => {
      const name = KK_NAMES[(i + j) % KK_NAMES.length]!;
      return [
        ['kk', `${who} ${d.kk} ${kk} лауазымына ${name} кандидатурасын келісті.`, en],
        ['kk', `${who} ${d.kk} ${kk} қызметіне ${name} кандидатурасын мақұлдады.`, en],
      ];
    }),
  ]),
);

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => e.title.en);

describe('the post a consent gives is its complement’s', () => {
  it.each(cases)('%s: %s', (lang, text, en) => {
    const all = titles(lang, text);
    expect(all.some((t) => t.includes(`candidacy for ${en}`))).toBe(true);
    expect(all.some((t) => t.includes('member of the Senate'))).toBe(false);
  });

  // With no post in the complement, the one the sentence names is still read.
  it.each<['kk' | 'ru', string, string]>([
    ['ru', 'Президент 5 марта назначил Ивана Петрова депутатом Сената.', 'member of the Senate'],
    ['ru', 'Сенат 5 марта одобрил кандидатуру генерального прокурора.', 'Prosecutor General'],
  ])('%s: %s', (lang, text, en) => {
    expect(titles(lang, text).some((t) => t.includes(en))).toBe(true);
  });
});
