import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

/** Nouns that govern a post in the genitive: whose decree, order or initiative it is. */
const GOVERNING = ['Указом', 'Распоряжением', 'По поручению', 'По решению', 'По инициативе', 'Постановлением']; // prettier-ignore

/** Posts in the genitive, with their nominative. */
const POSTS = [
  ['Президента', 'Президент'],
  ['Премьер-министра', 'Премьер-министр'],
  ['Главы государства', 'Глава государства'],
  ['акима области', 'аким области'],
  ['министра', 'министр'],
] as const;

/** Names of two and three parts in the nominative, and in the genitive. */
const NAMES = [
  ['Ерлан Сапаров', 'Ерлана Сапарова'],
  ['Серик Жумангарин', 'Серика Жумангарина'],
  ['Асет Иргалиевич Исекешев', 'Асета Иргалиевича Исекешева'],
  ['Бейбут Атамкулов', 'Бейбута Атамкулова'],
] as const;

const roleOf = (text: string, name: string) =>
  findPersons(text, 'ru').find((p) => p.name === name)?.role;

const FORMS = GOVERNING.flatMap((g) => POSTS.flatMap((p) => NAMES.map((n) => [g, ...p, ...n] as const))); // prettier-ignore

describe("a post in the genitive before a name in the nominative is another noun's", () => {
  it.each(FORMS)('"%s %s %s назначен": no post', (governing, post, _nom, name) => {
    const text = `${governing} ${post} ${name} освобожден от должности.`;
    expect(findPersons(text, 'ru').map((p) => p.name)).toContain(name);
    expect(roleOf(text, name)).toBeUndefined();
  });
  // The same post before the name in its own case is in apposition, and keeps it.
  it.each(FORMS)('"%s %s %s" in the genitive keeps the post', (_g, post, nominative, name, gen) => {
    expect(roleOf(`По словам ${post} ${gen}, работа продолжится.`, name)).toBe(nominative);
  });
  it.each(FORMS)('"%s" in the nominative keeps the post', (_g, _post, nominative, name) => {
    expect(roleOf(`${nominative} ${name} провел совещание.`, name)).toBe(nominative);
  });
});
