/**
 * A place's name before a territory's or a body's noun in the possessive is that noun's owner, in
 * the nominative whatever its last letters look like (locales/kk/izafet.ts): "Алматы облысы білім
 * басқармасының басшысы Ержан Ахметов" gave the post "облысы білім басқармасының басшысы"
 * ("Алматы" read as an accusative), "Шығыс Қазақстан облысының әкімі" "облысының әкімі"
 * ("Қазақстан" as an ablative), "Қарағанды облысының әкімі" the same ("-ды" as a past verb).
 * Generated over places, their unit noun bare or in the genitive, posts, names and the name's case;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

// A place, its unit's possessive and that possessive's genitive.
const PLACES = [
  ['Алматы', 'облысы', 'облысының'],
  ['Шығыс Қазақстан', 'облысы', 'облысының'],
  ['Қарағанды', 'облысы', 'облысының'],
  ['Түркістан', 'облысы', 'облысының'],
  ['Астана', 'қаласы', 'қаласының'],
  ['Талдықорған', 'қаласы', 'қаласының'],
  ['Қарасай', 'ауданы', 'ауданының'],
] as const;
const POSTS = [
  (place: string, unit: string) => `${place} ${unit} білім басқармасының басшысы`,
  (place: string, _unit: string, genitive: string) => `${place} ${genitive} әкімі`,
  (place: string, unit: string) => `${place} ${unit} әкімінің орынбасары`,
];
// Each name in the nominative, the dative and the instrumental, and the clause it stands in.
const NAMES = [
  ['Ержан Ахметов', 'Ержан Ахметовке', 'Ержан Ахметовпен'],
  ['Гүлнар Сейітова', 'Гүлнар Сейітоваға', 'Гүлнар Сейітовамен'],
] as const;
const FRAMES = [
  ['', 0, 'мәлімдеді'],
  ['', 1, 'медаль табысталды'],
  ['Вице-премьер ', 2, 'кездесті'],
] as const;

describe('a place before a unit noun in the possessive is part of the post', () => {
  it.each(
    PLACES.flatMap(([place, unit, genitive]) =>
      POSTS.flatMap((post) =>
        NAMES.flatMap((forms) =>
          FRAMES.map(([before, c, verb]) => {
            const role = post(place, unit, genitive);
            return [`${before}${role} ${forms[c]} ${verb}.`, forms[0], role];
          }),
        ),
      ),
    ),
  )('%s', (text, name, post) => {
    const found = findPersons(text, 'kk').find((p) => p.name === name);
    expect(found?.role).toBe(post);
  });
});
