/**
 * A lone foreign surname is the subject of a meeting, a visit or a statement
 * (locales/ru/foreignSubject.ts). "Эрдоган встретился с Токаевым" named only Токаев, "Макрон
 * прибыл в Астану" no one. Generated over foreign surnames × verbs of a person's acts with their
 * complements, in sentences written for the test; controls: nouns and given names of that shape.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const names = (text: string) => findPersons(text, 'ru').map((p) => p.name);

const FOREIGN = ['Эрдоган', 'Макрон', 'Шольц', 'Мерц', 'Рахмон', 'Байден'];
const ACTS = [
  ['встретился с Токаевым.', ['Токаев']],
  ['встретился с Ерланом Кошановым в Астане.', ['Ерлан Кошанов']],
  ['поговорил по телефону с Бектеновым.', ['Бектенов']],
  ['созвонился с Токаевым.', ['Токаев']],
  ['прибыл в Астану с официальным визитом.', []],
  ['приехал в Казахстан.', []],
  ['прилетел в Алматы.', []],
  ['посетил выставку в Астане.', []],
  ['заявил журналистам о новых договорённостях.', []],
  ['подчеркнул важность сотрудничества.', []],
  ['поблагодарил казахстанскую сторону.', []],
  ['пригласил Токаева в Париж.', ['Токаев']],
] as const;

const cases = FOREIGN.flatMap((f) =>
  ACTS.map(([act, others]) => [`${f} ${act}`, [f, ...others]] as const),
);
const controls = [
  ['Закон вступил в силу.', []],
  ['Сезон стартовал в Астане.', []],
  ['Отец приехал в Астану.', []],
  ['Регион посетил министр.', []],
  ['Эммануэль Макрон прибыл в Астану.', ['Эммануэль Макрон']],
] as const;

describe('a lone foreign surname, the subject of a person’s act', () => {
  it.each([...cases, ...controls])('%s', (text, people) => {
    expect(names(text)).toEqual(people);
  });
});
