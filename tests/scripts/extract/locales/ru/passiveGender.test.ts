/**
 * A short passive agrees in gender with its subject, as a past verb does: "Роман Скляр назначен
 * первым заместителем Премьер-министра" (test sentence written for the check) found no one, so the
 * appointment named no appointee: "Скляр" has no surname's ending, and only a past verb in -л/-ла
 * vouched for a listed given name before it (locales/ru/personNames.ts). Now the short passives news
 * is told in (ruVerbForms.ts PASSIVE_STEM: назначен, освобождён, избран, переизбран, задержан …)
 * do too, in their stems only (a noun's genitive, "визита", "плана", has the feminine's ending).
 * Generated over given names of both genders, surnames with no surname's ending and the passives;
 * a passive of the other gender vouches for no one.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const MEN = ['Роман', 'Ерлан', 'Марат', 'Даурен'];
const WOMEN = ['Асель', 'Мария', 'Динара', 'Гульнара'];
const SURNAMES = ['Скляр', 'Ким', 'Нуртлеу', 'Пак', 'Цой'];
const PASSIVES = [
  'назначен',
  'освобождён',
  'освобожден',
  'избран',
  'переизбран',
  'задержан',
  'утверждён',
  'представлен',
];
const REST = 'на должность';

describe('a short passive vouches for a listed given name of its gender', () => {
  it.each(MEN.flatMap((g) => SURNAMES.flatMap((s) => PASSIVES.map((v) => [g, s, v]))))(
    '%s %s %s',
    (g, s, v) => {
      expect(findPersons(`${g} ${s} ${v} ${REST}.`, 'ru').map((p) => p.name)).toEqual([
        `${g} ${s}`,
      ]);
    },
  );
  it.each(
    WOMEN.flatMap((g) =>
      SURNAMES.flatMap((s) => PASSIVES.map((v) => [g, s, `${v.replace(/ё/u, 'е')}а`])),
    ),
  )('%s %s %s', (g, s, v) => {
    expect(findPersons(`${g} ${s} ${v} ${REST}.`, 'ru').map((p) => p.name)).toEqual([`${g} ${s}`]);
  });
  it.each(MEN.flatMap((g) => SURNAMES.map((s) => [g, s])))(
    'the other gender vouches for no one: %s %s назначена',
    (g, s) => {
      expect(findPersons(`${g} ${s} назначена ${REST}.`, 'ru')).toEqual([]);
    },
  );
  it('a noun in the genitive is no passive: в ходе визита Касым-Жомарта Токаева', () => {
    expect(
      findPersons('Соглашение подписано в ходе визита Касым-Жомарта Токаева в Турцию.', 'ru').map(
        (p) => p.name,
      ),
    ).toEqual(['Касым-Жомарт Токаев']);
  });
});
