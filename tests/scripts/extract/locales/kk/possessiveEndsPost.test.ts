/**
 * A Kazakh post is a chain of nouns in the genitive or the possessive ending in a post noun, and a
 * noun in the possessive that owns no next noun ends its own phrase (locales/kk/izafet.ts): "Сөз
 * кезегі Ұлттық экономика министрі Нұрлан Байбазаровқа берілді" gave the minister the post "Сөз
 * кезегі Ұлттық экономика министрі" (the turn to speak), "Отырыстың модераторы Мәжіліс депутаты
 * Айдос Сарым болды" the post "Отырыстың модераторы Мәжіліс депутаты". Generated over topics (a
 * possessive noun, lower case), posts, names and the name's case; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const TOPICS = ['Сөз кезегі', 'Отырыстың модераторы', 'Іс-шараның қонағы', 'Баяндаманың авторы'];
const POSTS = [
  'Ұлттық экономика министрі',
  'Мәжіліс депутаты',
  'Алматы облысының әкімі',
  'министр',
  'Қазақстан Республикасы Сенатының депутаты',
];
// Each name in the nominative ("… болды") and in the dative ("… берілді").
const NAMES = [
  ['Нұрлан Байбазаров', 'Нұрлан Байбазаровқа'],
  ['Айдос Сарым', 'Айдос Сарымға'],
  ['Гүлнар Ахметова', 'Гүлнар Ахметоваға'],
] as const;
const FRAMES = [
  [0, 'болды'],
  [1, 'берілді'],
] as const;

describe('a possessive noun that owns no next noun is no part of the post after it', () => {
  it.each(
    TOPICS.flatMap((topic) =>
      POSTS.flatMap((post) =>
        NAMES.flatMap((forms) =>
          FRAMES.map(([c, verb]) => [`${topic} ${post} ${forms[c]} ${verb}.`, forms[0], post]),
        ),
      ),
    ),
  )('%s', (text, name, post) => {
    const found = findPersons(text, 'kk').find((p) => p.name === name);
    expect(found?.role).toBe(post);
  });
});
