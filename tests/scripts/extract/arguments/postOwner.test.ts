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
