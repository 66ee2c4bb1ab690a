/**
 * A common noun before a person in the genitive ("Визит Урсулы фон дер Ляйен начался", "Встреча
 * Касым-Жомарта Токаева с Владимиром Путиным") is what the person did, never the first word of the
 * name nor part of a post; the verb after agrees with the noun, so tells nothing of the person's
 * gender. Generated: nouns in their cases, opening the sentence or not, by names of two words and of
 * three with particles.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

/** A noun, its forms as a sentence opens with them, and a verb agreeing with it. */
const NOUNS: [string, string][] = [
  ['Визит', 'начался'],
  ['Визитом', 'открылся саммит,'],
  ['Встреча', 'прошла'],
  ['Встречей', 'завершился день,'],
  ['Переговоры', 'прошли'],
  ['Поездка', 'завершилась'],
  ['Приезд', 'состоялся'],
  ['Заявление', 'прозвучало'],
  ['Выступление', 'продлилось'],
  ['Обращение', 'опубликовано'],
  ['Прибытие', 'ожидается'],
  ['Речь', 'прозвучала'],
  ['Позиция', 'изложена'],
  ['Отставка', 'принята'],
  ['Инаугурация', 'прошла'],
];

/** A name in the genitive, and in the nominative. */
const NAMES: [string, string][] = [
  ['Урсулы фон дер Ляйен', 'Урсула фон дер Ляйен'],
  ['Касым-Жомарта Токаева', 'Касым-Жомарт Токаев'],
  ['Марата Ахметжанова', 'Марат Ахметжанов'],
  ['Динары Закиевой', 'Динара Закиева'],
  ['Шавката Мирзиёева', 'Шавкат Мирзиёев'],
];

const OPENERS = ['', 'Вчера '];

const FORMS = NOUNS.flatMap(([noun, verb]) =>
  NAMES.flatMap(([genitive, nominative]) =>
    OPENERS.map((opener) => {
      const head = opener ? noun.charAt(0).toLowerCase() + noun.slice(1) : noun;
      return [`${opener}${head} ${genitive} ${verb} в Астане.`, nominative] as const;
    }),
  ),
);

describe('a noun before a genitive name is not part of it', () => {
  it.each(FORMS)('%s', (sentence, nominative) => {
    const people = findPersons(sentence, 'ru').map((p) => [p.name, p.role ?? null]);
    expect(people).toEqual([[nominative, null]]);
  });
});
