/**
 * A patronymic marks the middle of a Russian full name, so the word after it is the surname even
 * when it has no surname's suffix and no lexicon lists it: indeclinable ones in -у, -о, -ых, -их,
 * -ко (`Мурат Алмасович Нуртлеу`, `Даурен Ерланулы Черных`), beside usual ones, in every case,
 * with or without a post before the name. Names made up for the test (or a public figure's);
 * sentences written for it.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';
import {
  declineRuName,
  RU_CASES,
  type Gender,
} from '../../../../scripts/extract/locales/ru/ruNameCase';

const NAMES: Array<[Gender, [string, string, string]]> = [
  ['m', ['Мурат', 'Алмасович', 'Нуртлеу']],
  ['m', ['Бауыржан', 'Серикович', 'Жумабеко']],
  ['m', ['Даурен', 'Ерланулы', 'Черных']],
  ['m', ['Асхат', 'Болатович', 'Долгих']],
  ['m', ['Нурлан', 'Серикұлы', 'Кожамжаро']],
  ['m', ['Ерлан', 'Бахытович', 'Карин']],
  ['m', ['Алихан', 'Асханович', 'Смаилов']],
  ['f', ['Гульнара', 'Маратовна', 'Шевченко']],
  ['f', ['Гаухар', 'Ерлановна', 'Нуртлеу']],
  ['f', ['Динара', 'Серикқызы', 'Долгих']],
];

// Where the name stands: as the subject, after a verb, after a preposition, after a post.
const FRAMES = [
  (name: string) => `Сегодня ${name} провел встречу с послом Франции.`,
  (name: string) => `Президент принял ${name} в Акорде.`,
  (name: string) => `Встреча с ${name} прошла в Астане.`,
  (name: string) => `Министр иностранных дел ${name} провел встречу с послом Франции.`,
];

const CASES = NAMES.flatMap(([g, name]) =>
  RU_CASES.map((c) => [name.join(' '), c, declineRuName(name, g, c).join(' ')] as const),
).flatMap(([nominative, c, written]) => FRAMES.map((frame) => [nominative, c, frame(written)]));

describe('a full name with a patronymic and a surname of any shape, in every case', () => {
  it.each(CASES)('%s (%s): %s', (nominative, _case, sentence) => {
    expect(findPersons(sentence, 'ru').map((p) => p.name)).toEqual([nominative]);
  });
});
