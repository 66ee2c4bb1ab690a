/**
 * A noun's genitive plural opening a sentence that counts it ("Вопросов было много", "Случаев не
 * выявлено", "Поводов нет") is no lone surname, though it ends in -ов/-ев like one; a surname
 * before a masculine verb still is. Generated over the nouns and the predicates; sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const names = (text: string) => findPersons(text, 'ru').map((p) => p.name);

const NOUNS = [
  'Вопросов', 'Депутатов', 'Случаев', 'Поводов', 'Кандидатов', 'Проектов', 'Голосов', 'Споров',
  'Участков', 'Претендентов', 'Документов', 'Инцидентов',
]; // prettier-ignore

const PREDICATES = [
  'было много', 'не было', 'стало больше', 'нет', 'много', 'оказалось немало', 'не выявлено',
  'было зарегистрировано', 'поступило около десяти', 'уже не осталось', 'не принято',
  'больше нет', 'по-прежнему много',
]; // prettier-ignore

describe('a counted noun opening a sentence is no surname', () => {
  it.each(NOUNS.flatMap((noun) => PREDICATES.map((p) => [noun, p] as const)))(
    '%s %s',
    (noun, predicate) => {
      expect(names(`Комиссия заседала вчера. ${noun} ${predicate}. Решение примут позже.`)).toEqual(
        [],
      );
    },
  );
});

const SURNAMES = ['Иванов', 'Смаилов', 'Бектенов', 'Кошанов', 'Сапаров', 'Бахытов'];
const VERBS = ['заявил', 'был назначен министром', 'много работал', 'не пришёл', 'стал акимом'];

describe('a surname before a masculine verb is still one', () => {
  it.each(SURNAMES.flatMap((s) => VERBS.map((v) => [s, v] as const)))('%s %s', (surname, verb) => {
    expect(names(`Комиссия заседала вчера. ${surname} ${verb}.`)).toEqual([surname]);
  });
});
