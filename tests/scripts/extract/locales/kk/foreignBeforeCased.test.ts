/**
 * A foreign name before a Kazakh surname in a case is another person: "Дональд Трамп Тоқаевпен
 * кездесті" gave one person "Трамп Тоқаев". Generated over foreign names (given name and
 * surname), Kazakh surnames of either gender and their case endings (comitative,
 * dative, accusative, genitive in each harmony); a listed given name before the surname still
 * makes one name. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const names = (text: string) => findPersons(text, 'kk').map((p) => p.name);

const FOREIGN = ['Дональд Трамп', 'Джо Байден', 'Александр Лукашенко', 'Эммануэль Макрон'];
/** A surname, then its comitative, dative, accusative and genitive. */
const SURNAMES = [
  ['Тоқаев', ['Тоқаевпен', 'Тоқаевқа', 'Тоқаевты', 'Тоқаевтың']],
  ['Бектенов', ['Бектеновпен', 'Бектеновке', 'Бектеновті', 'Бектеновтің']],
  ['Сейітова', ['Сейітовамен', 'Сейітоваға', 'Сейітованы', 'Сейітованың']],
  ['Жақыпұлы', ['Жақыпұлымен', 'Жақыпұлына', 'Жақыпұлын', 'Жақыпұлының']],
] as const;
const REST = ['кездесті.', 'хат жолдады.', 'құттықтады.', 'шақыруымен келді.'];

describe('a foreign name before a cased surname is another person', () => {
  it.each(
    FOREIGN.flatMap((f) =>
      SURNAMES.flatMap(([nom, forms]) => forms.map((w, i) => [f, nom, w, i] as const)),
    ),
  )('%s %s (%s)', (foreign, nominative, form, i) => {
    const found = names(`Кеше ${foreign} ${form} ${REST[i]}`);
    expect(found).toContain(nominative);
    expect(found.filter((n) => n.includes(nominative))).toEqual([nominative]);
  });
});

describe('a given name before a cased surname is the same person', () => {
  it.each(
    ['Ернар', 'Айдос', 'Владимир', 'Дмитрий', 'Шавкат'].flatMap((g) =>
      SURNAMES.slice(0, 3).flatMap(([nom, forms]) => forms.map((w, i) => [g, nom, w, i] as const)),
    ),
  )('%s %s (%s)', (given, nominative, form, i) => {
    expect(names(`Кеше ${given} ${form} ${REST[i]}`)).toEqual([`${given} ${nominative}`]);
  });
});
