/**
 * A post phrase right after a Kazakh name opens with a capitalised common word ("Петер Сийярто
 * Сыртқы істер министрі"): that word is the post's, not a third word of the name, and the post
 * after it tells that the name is a person's. Names made up for the test (or a public figure's);
 * sentences written for it.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const NAMES = ['Петер Сийярто', 'Марко Рубио', 'Ерлан Қарин', 'Айгүл Нұрланқызы'];

// A post phrase: the capitalised word, the lower-case rest, the post (nominative, instrumental).
const POSTS: Array<[string, string]> = [
  ['Сыртқы істер министрі', 'Сыртқы істер министрімен'],
  ['Ішкі істер министрі', 'Ішкі істер министрімен'],
  ['Ауыл шаруашылығы министрі', 'Ауыл шаруашылығы министрімен'],
  ['Денсаулық сақтау министрі', 'Денсаулық сақтау министрімен'],
];

const FRAMES = [
  (name: string, [post]: [string, string]) => [`${name} ${post} ретінде сөз сөйледі.`, [name]],
  (name: string, [post]: [string, string]) => [
    `Мемлекет басшысы ${name} ${post} қызметінде екенін атап өтті.`,
    [name],
  ],
  (name: string, [, post]: [string, string]) => [
    `Тоқаев ${name} ${post} кездесті.`,
    ['Тоқаев', name],
  ],
];

describe('a capitalised word opening a post after a Kazakh name', () => {
  it.each(NAMES.flatMap((n) => POSTS.flatMap((p) => FRAMES.map((f) => f(n, p)))))(
    '%s',
    (sentence, expected) => {
      expect(findPersons(sentence as string, 'kk').map((p) => p.name)).toEqual(expected);
    },
  );

  it.each([
    // (A capitalised word with no post after it stays the name's: three given names and a surname.)
    ['Мемлекет басшысы Режеп Тайып Ердоғанмен кездесті.', ['Режеп Тайып Ердоған']],
    // (A surname, or an owner in the genitive, before a post phrase or a plural stays the name's.)
    ['Ерлан Сапаров ауыл шаруашылығы вице-министрі болып тағайындалды.', ['Ерлан Сапаров']],
    ['Депутаттар Ерлан Сапаровтың облыс әкімі болуына келісті.', ['Ерлан Сапаров']],
    ['Сенат төрағасы Ерлан Сапаров бүгін депутаттармен кездесті.', ['Ерлан Сапаров']],
    // (A country before a post phrase is its owner.)
    ['Тоқаев Малайзия Сыртқы істер министрімен кездесті.', ['Тоқаев']],
    // (A lone word before the post's rest is the post's first word, no one.)
    ['Сыртқы істер министрі мәлімдеді.', []],
  ])('%s', (sentence, expected) => {
    expect(findPersons(sentence, 'kk').map((p) => p.name)).toEqual(expected);
  });
});

/**
 * A capitalised common word opening a body's or a post's name after a surname is the body's
 * ("Тоқаев Еңбек және халықты әлеуметтік қорғау министрі Светлана Жақыпованы қабылдады" named
 * "Тоқаев Еңбек"; "Тоқаев Стратегиялық жоспарлау және реформалар агенттігіне тапсырма берді"
 * named no one): the lower-case rest, "және" and up to four words, or one or two words, then a
 * post or a body's noun in any case. Generated over people × fields × the phrase's cases.
 */
const HOLDERS = ['Тоқаев', 'Бектенов', 'Қасым-Жомарт Тоқаев', 'Ерлан Қарин'];
// Fields of bodies and posts: the capitalised first word and the lower-case rest.
const FIELDS = [
  'Еңбек және халықты әлеуметтік қорғау',
  'Стратегиялық жоспарлау және реформалар',
  'Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі',
  'Қаржылық мониторинг',
  'Білім беруді дамыту',
  'Мәдениет және ақпарат',
];
// The head: a body's noun in the dative, the ablative, the genitive; a post before a name.
const HEADS: Array<[string, string[]]> = [
  ['агенттігіне тапсырма берді.', []],
  ['комитетінен есеп сұрады.', []],
  ['министрлігінің басшысы Айгүл Сәрсенова туралы айтты.', ['Айгүл Сәрсенова']],
  ['қорына тапсырма берді.', []],
  ['министрі Светлана Жақыпованы қабылдады.', ['Светлана Жақыпова']],
  ['министрі Марат Ахметовпен кездесті.', ['Марат Ахметов']],
];
const bodyCases = HOLDERS.flatMap((h) =>
  FIELDS.flatMap((f) =>
    HEADS.map(([head, others]) => [`${h} ${f} ${head}`, [h, ...others]] as const),
  ),
);

describe('a body’s or a post’s name after a surname', () => {
  it.each(bodyCases)('%s', (text, people) => {
    expect(findPersons(text, 'kk').map((p) => p.name)).toEqual(people);
  });
});
