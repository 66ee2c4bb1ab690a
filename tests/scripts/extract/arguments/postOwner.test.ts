import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

// Posts (compound ones too), owners the gazetteer may not know, and made-up foreign names.
const POSTS = ['Премьер-министр', 'Президент', 'Вице-президент', 'Вице-премьер'];
const OWNERS = [
  'Республики Сингапур',
  'Республики Палау',
  'Королевства Тонга',
  'Малайзии',
  'Индонезии',
];
const NAMES = ['Лоуренс Вонг', 'Анвар Ибрагим', 'Тарман Шанмугам'];

const CASES = POSTS.flatMap((post) =>
  OWNERS.flatMap((owner) => NAMES.map((name) => [post, owner, name])),
);

describe('a post, its country, a foreign name', () => {
  it.each(CASES)('«%s %s %s провёл встречу» names the person', (post, owner, name) => {
    const found = findPersons(`${post} ${owner} ${name} провёл встречу в Астане.`, 'ru');
    expect(found.map((p) => [p.name, p.role])).toEqual([[name, `${post} ${owner}`]]);
  });

  it.each(NAMES)('«Премьер-министр %s …»: a compound post before the name', (name) => {
    const found = findPersons(`Премьер-министр ${name} провёл встречу.`, 'ru');
    expect(found.map((p) => [p.name, p.role])).toEqual([[name, 'Премьер-министр']]);
  });
});

// A country's genitive after a longer post, with no name or before one: "министр иностранных дел
// Малайзии" was a person "Малайзии".
const LONG_POSTS = [
  'министр иностранных дел',
  'министр обороны',
  'министр торговли и промышленности',
  'министр по чрезвычайным ситуациям',
];
const COUNTRIES = ['Малайзии', 'Индонезии', 'Италии', 'Монголии'];

describe('a country after a long post is whose post it is', () => {
  const cases = LONG_POSTS.flatMap((post) => COUNTRIES.map((c) => [post, c]));
  it.each(cases)('«прибудет %s %s.» names no one', (post, country) => {
    expect(findPersons(`В Астану прибудет ${post} ${country}.`, 'ru')).toEqual([]);
  });
  // (Not yet after a post joined by "и": "министр торговли и интеграции Анвар Ибрагим" finds no one.)
  const named = cases.filter(([post]) => !post!.includes(' и '));
  it.each(named)('«%s %s Анвар Ибрагим …» names the person', (post, country) => {
    const found = findPersons(`Вчера ${post} ${country} Анвар Ибрагим прибыл в Астану.`, 'ru');
    expect(found.map((p) => p.name)).toEqual(['Анвар Ибрагим']);
  });
});

describe('a genitive before a name in another case is the post’s owner', () => {
  const LONG = ['министром иностранных дел', 'министру иностранных дел', 'министром финансов'];
  const FOREIGN: [string, string, string][] = [
    ['Сингапура', 'Вивианом Балакришнаном', 'Вивиану Балакришнану'],
    ['Малайзии', 'Мохамадом Хасаном', 'Мохамаду Хасану'],
    ['Венгрии', 'Петером Сийярто', 'Петеру Сийярто'],
  ];
  it.each(
    LONG.flatMap((post) =>
      FOREIGN.map(([gen, ins, dat]) => [
        `${post} ${gen} ${post.endsWith('у') || post.startsWith('министру') ? dat : ins}`,
      ]),
    ),
  )('«… %s» names the person without the country', (phrase) => {
    const found = findPersons(`Встреча с ${phrase} прошла в Астане.`, 'ru');
    expect(found.map((p) => p.name.split(' ').length)).toEqual([2]);
  });
});
