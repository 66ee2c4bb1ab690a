/**
 * A renaming told with the verbs of giving a name back or another one, in every form news uses:
 * вернуть, возвратить/возвращать, сменить/менять/поменять, изменить/изменять in the past, the
 * non-past, the infinitive and the short passive, before "название"/"имя"; the short passive after
 * it too ("название было возвращено"). Forms generated from the stems; sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';

/** A stem and its endings: past, non-past, infinitive, adverbial participle. */
const ACTIVE: Array<[string, string[]]> = [
  ['верн', ['ул', 'ула', 'уло', 'ули', 'ёт', 'ет', 'ут', 'уть', 'ув']],
  ['возврат', ['ил', 'ила', 'или', 'ит', 'ят', 'ить']],
  ['возвращ', ['ает', 'ают', 'ал', 'ала', 'али', 'ать', 'ая']],
  ['смен', ['ил', 'ила', 'ило', 'или', 'ит', 'ят', 'ить', 'яет', 'яют', 'ял', 'яли']],
  ['измен', ['ил', 'ила', 'или', 'ит', 'ят', 'ить', 'яет', 'яют', 'ял', 'яли']],
  ['меня', ['ет', 'ют', 'л', 'ла', 'ли', 'ть']],
  ['поменя', ['ет', 'ют', 'л', 'ла', 'ли', 'ть']],
];
/** Short passives in their four forms. */
const PASSIVE = ['возвращ', 'смен', 'измен'].flatMap((stem) =>
  ['ён', 'ен', 'ена', 'ено', 'ены'].map((e) => stem + e),
);
const forms = (list: Array<[string, string[]]>) =>
  list.flatMap(([stem, endings]) => endings.map((e) => stem + e));

const renames = (sentence: string) =>
  findTriggers(sentence, 'ru').some((h) => h.trigger.type === 'renaming');

describe('the verbs a renaming is told with', () => {
  it.each(forms(ACTIVE))('%s before the name', (form) => {
    expect(renames(`Партия ${form} себе прежнее название.`)).toBe(true);
    expect(renames(`Городу ${form} историческое имя.`)).toBe(true);
  });

  it.each(PASSIVE)('%s before and after the name', (form) => {
    expect(renames(`Городу ${form} историческое название.`)).toBe(true);
    expect(renames(`Прежнее название ${form} городу.`)).toBe(true);
    expect(renames(`Историческое имя было ${form} городу.`)).toBe(true);
  });

  it.each([
    'Депутаты от имени избирателей изменили закон.',
    'Изменения под названием «Новый курс» приняты.',
    'Сенат вернул в Мажилис законопроект под названием «О медиа».',
    'Это название меня устраивает.',
    'Смена руководства под новым названием не прошла.',
  ])('no renaming: %s', (sentence) => {
    expect(renames(sentence)).toBe(false);
  });

  it('a renaming on its day, and only proposed where it is proposed', () => {
    const of = (text: string) =>
      extractSentences('ru', text, '2023-06-30').events.map((e) => `${e.type} ${e.date.edtf}`);
    expect(of('Историческое название было возвращено столице 17 мая 2019 года.')).toEqual([
      'renaming 2019-05-17',
    ]);
    expect(
      of('17 мая 2019 года депутаты предложили вернуть столице историческое название.'),
    ).toEqual(['proposal 2019-05-17']);
  });
});
