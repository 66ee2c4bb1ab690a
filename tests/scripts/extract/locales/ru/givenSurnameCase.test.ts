/**
 * A capitalised noun of a building or a body before a noun's genitive plural (`Дом Дружбы
 * Народов`, `Дворец Школьников`, `Аллея Героев`) is no person: the genitive plural in -ов/-ев has
 * a surname's shape, but the word before it shows a noun's case, not a man's nominative given
 * name. A real given name beside such a surname is still read.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

/** Buildings and bodies, in the nominative, genitive, dative, prepositional and instrumental. */
const PLACES = [
  [
    'Дом Дружбы Народов',
    'Дома Дружбы Народов',
    'Дому Дружбы Народов',
    'Доме Дружбы Народов',
    'Домом Дружбы Народов',
  ],
  [
    'Дворец Школьников',
    'Дворца Школьников',
    'Дворцу Школьников',
    'Дворце Школьников',
    'Дворцом Школьников',
  ],
  ['Дом Офицеров', 'Дома Офицеров', 'Дому Офицеров', 'Доме Офицеров', 'Домом Офицеров'],
  ['Аллея Героев', 'Аллеи Героев', 'Аллее Героев', 'Аллее Героев', 'Аллеей Героев'],
  ['Площадь Героев', 'Площади Героев', 'Площади Героев', 'Площади Героев', 'Площадью Героев'],
  ['Дворец Пионеров', 'Дворца Пионеров', 'Дворцу Пионеров', 'Дворце Пионеров', 'Дворцом Пионеров'],
  [
    'Аллея Славы Героев',
    'Аллеи Славы Героев',
    'Аллее Славы Героев',
    'Аллее Славы Героев',
    'Аллеей Славы Героев',
  ],
  [
    'Дом Министерств',
    'Дома Министерств',
    'Дому Министерств',
    'Доме Министерств',
    'Домом Министерств',
  ],
  [
    'Дворец Независимости',
    'Дворца Независимости',
    'Дворцу Независимости',
    'Дворце Независимости',
    'Дворцом Независимости',
  ],
  [
    'Дворец Мира и Согласия',
    'Дворца Мира и Согласия',
    'Дворцу Мира и Согласия',
    'Дворце Мира и Согласия',
    'Дворцом Мира и Согласия',
  ],
  ['Музей Ветеранов', 'Музея Ветеранов', 'Музею Ветеранов', 'Музее Ветеранов', 'Музеем Ветеранов'],
  [
    'Центр Журналистов',
    'Центра Журналистов',
    'Центру Журналистов',
    'Центре Журналистов',
    'Центром Журналистов',
  ],
] as const;

/** Frames by case: [index into a PLACES row, sentence with a slot]. */
const FRAMES = [
  [0, '{} открылся после ремонта.'],
  [0, '{} принял гостей форума.'],
  [1, 'Возле {} прошёл митинг.'],
  [2, 'Токаев прибыл к {}.'],
  [3, 'Форум прошёл в {}.'],
  [4, 'Город гордится {}.'],
] as const;

const forms = PLACES.flatMap((row) => FRAMES.map(([c, frame]) => frame.replace('{}', row[c])));

describe('an institution before a genitive plural is no person', () => {
  it.each(forms)('%s', (sentence) => {
    expect(
      findPersons(sentence, 'ru')
        .map((p) => p.name)
        .filter((n) => n !== 'Токаев'),
    ).toEqual([]);
  });
});

const PEOPLE = [
  ['Ерлан Карин', 'Ерлана Карина'],
  ['Никита Михалков', 'Никиты Михалкова'],
  ['Юрий Пищулин', 'Юрия Пищулина'],
  ['Нурали Алиев', 'Нурали Алиева'],
  ['Игорь Рогов', 'Игоря Рогова'],
] as const;

describe('a man named with a surname in -ов/-ев/-ин is still read', () => {
  it.each(
    PEOPLE.flatMap(([name, genitive]) => [
      [`${name} выступил на форуме.`, name],
      [`Форум прошёл при участии ${genitive}.`, name],
    ]),
  )('%s → %s', (sentence, name) => {
    expect(findPersons(sentence, 'ru').map((p) => p.name)).toEqual([name]);
  });
});
