/**
 * A lone Kazakh word in the locative after a post is where, not who: "Мемлекет басшысы Будапештте
 * Венгрия Президенті Тамаш Шуйокпен кездеседі" made a person "Будапешт" ("Budapesht to meet Tamash
 * Shuyok"). Generated over posts, cities and the locative's forms (-да/-де/-та/-те/-нда/-нде).
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const POSTS = ['Мемлекет басшысы', 'Президент', 'Премьер-министр', 'Сенат төрағасы'];
const PLACES = ['Будапештте', 'Парижде', 'Астанада', 'Ташкентте', 'Бакуде', 'Анкарада'];

describe('a post, then a city in the locative', () => {
  const cases = POSTS.flatMap((post) => PLACES.map((place) => [post, place]));
  it.each(cases)('«%s %s … кездесті» names no one at the city', (post, place) => {
    const found = findPersons(`${post} ${place} Венгрия Президентімен кездесті.`, 'kk');
    expect(found.map((p) => p.name)).toEqual([]);
  });
  it.each(POSTS)('«%s Айсулуға …»: a name in the dative stays a person', (post) => {
    expect(findPersons(`${post} Айсулуға марапат тапсырды.`, 'kk').map((p) => p.name)).toEqual([
      'Айсулу',
    ]);
  });
});
