/**
 * A pronoun that says stands for whom a sentence before named: "Анна Петрова провела брифинг.
 * «Цены растут», — заявила она 11 марта" and "Облыс әкімі брифинг өткізді. «Баға өсті», – деді ол"
 * were titled "A statement", for the statement's own sentence names no one. Generated over
 * antecedents (persons of either sex, posts, bodies of each gender), the pronoun's place (after the
 * verb, after a date or a place) and dates, in Russian and Kazakh; and silent cases where two could
 * be meant, none agrees, or Kazakh "ол" is a demonstrative or a postposition's object. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

const statements = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === 'statement')
    .map((e) => e.title.en);

type Case = [string, string];
const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

// Russian: who is named first, the past tense's ending (its gender), the pronoun, the English name.
const RU_NAMED: Array<[string, '' | 'а' | 'о', string, string]> = [
  ['Иван Петров', '', 'он', 'Ivan Petrov'],
  ['Анна Петрова', 'а', 'она', 'Anna Petrova'],
  ['Ерлан Сапаров', '', 'он', 'Yerlan Saparov'],
  ['Президент', '', 'он', 'The President'],
  ['Аким области', '', 'он', 'The regional akim'],
  ['Правительство', 'о', 'оно', 'The Government'],
  ['Центральная избирательная комиссия', 'а', 'она', 'The Central Election Commission'],
];
const RU_DATES = ['11 марта', 'в понедельник', 'сегодня', '10 марта'];
const RU_SAID: Array<(p: string, g: string, d: string) => string> = [
  (p, g, d) => `«Цены растут», — заявил${g} ${p} ${d}.`,
  (p, g, d) => `${cap(d)} ${p} заявил${g} о росте цен.`,
  (p, g, d) => `На брифинге ${p} ${d} сообщил${g} о росте цен.`,
];
const ruCases: Case[] = RU_NAMED.flatMap(([who, g, p, en], i) =>
  RU_SAID.flatMap((said, j) =>
    [0, 1].map((k): Case => {
      const d = RU_DATES[(i + j + k) % RU_DATES.length]!;
      return [`${who} провел${g} брифинг. ${said(p, g, d)}`, en];
    }),
  ),
);

// Kazakh: who is named first, the English name (Kazakh "ол" tells no gender).
const KK_NAMED: Array<[string, string]> = [
  ['Иван Петров', 'Ivan Petrov'],
  ['Анна Смирнова', 'Anna Smirnova'],
  ['Облыс әкімі', 'The regional akim'],
  ['Мемлекет басшысы', 'The President'],
  ['Премьер-Министр', 'The Prime Minister'],
  ['Үкімет', 'The Government'],
  ['Орталық сайлау комиссиясы', 'The Central Election Commission'],
];
const KK_DATES = ['11 наурызда', 'бүгін', 'кеше', '10 наурызда'];
const KK_SAID: Array<(d: string) => string> = [
  (d) => `«Баға өсті», – деді ол ${d}.`,
  (d) => `Брифингте ол ${d} бағаның өскенін мәлімдеді.`,
  (d) => `«Баға өсті», – деді ол ${d} журналистерге берген сұхбатында.`,
  (d) => `${cap(d)} ол бағаның өскенін мәлімдеді.`,
  (d) => `«Баға өсті», – деп атап өтті ол ${d}.`,
];
const kkCases: Case[] = KK_NAMED.flatMap(([who, en], i) =>
  KK_SAID.map((said, j): Case => {
    const d = KK_DATES[(i + j) % KK_DATES.length]!;
    return [`${who} брифинг өткізді. ${said(d)}`, en];
  }),
);

describe('a pronoun that says stands for whom the sentence before named', () => {
  it.each(ruCases)('ru: %s', (text, en) => {
    expect(statements('ru', text)).toContain(`${en} makes a statement`);
  });
  it.each(kkCases)('kk: %s', (text, en) => {
    expect(statements('kk', text)).toContain(`${en} makes a statement`);
  });

  // Two who agree, none that agrees, another paragraph: the statement stays unattributed.
  it.each<[string, string, string]>([
    ['ru', 'Иван Петров и Сергей Смирнов провели брифинг. «Цены растут», — заявил он 11 марта.', 'Ivan Petrov'], // prettier-ignore
    ['ru', 'Иван Петров и Сергей Смирнов провели брифинг. «Цены растут», — заявил он 11 марта.', 'Sergey Smirnov'], // prettier-ignore
    ['ru', 'Анна Петрова провела брифинг. «Цены растут», — заявил он 11 марта.', 'Anna Petrova'],
    ['ru', 'Иван Петров провел брифинг. «Цены растут», — заявила она 11 марта.', 'Ivan Petrov'],
    ['kk', 'Иван Петров Анна Смирновамен кездесті. «Баға өсті», – деді ол 11 наурызда.', 'Ivan Petrov'], // prettier-ignore
    ['kk', 'Иван Петров Анна Смирновамен кездесті. «Баға өсті», – деді ол 11 наурызда.', 'Anna Smirnova'], // prettier-ignore
    ['kk', 'Иван Петров брифинг өткізді. Брифингте ол туралы депутаттар 11 наурызда мәлімдеді.', 'Ivan Petrov'], // prettier-ignore
    ['kk', 'Иван Петров брифинг өткізді. Брифингте ол кезде бағаның өскенін 11 наурызда мәлімдеді.', 'Ivan Petrov'], // prettier-ignore
  ])('%s: no one is guessed: %s', (lang, text, who) => {
    expect(statements(lang as 'kk' | 'ru', text)).not.toContain(`${who} makes a statement`);
  });
});
