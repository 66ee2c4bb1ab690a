import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const roleOf = (text: string, surname: string) =>
  findPersons(text, 'ru').find((p) => p.name.endsWith(surname))?.role;

/** Posts in an oblique case: the post of another noun's owner, not of the name after it. */
const OBLIQUE = ['президента', 'министра', 'акима', 'премьер-министра', 'председателя'];
const SURNAMES = ['Бектенов', 'Досаев', 'Кошанов', 'Ашимбаев', 'Жумангарин'];

describe('a post in another case than the name is not its post', () => {
  it.each(OBLIQUE.flatMap((r) => SURNAMES.map((s) => [r, s] as const)))(
    '"Указом %s %s назначен"',
    (role, surname) => {
      expect(roleOf(`Указом ${role} ${surname} назначен на должность.`, surname)).toBeUndefined();
    },
  );
  // The same post and surname in one case stay in apposition.
  it.each(OBLIQUE.flatMap((r) => SURNAMES.map((s) => [r, s] as const)))(
    '"по словам %s %sа" keeps the post',
    (role, surname) => {
      expect(roleOf(`По словам ${role} ${surname}а, работа продолжится.`, surname)).toBe(
        role.replace(/а$|я$/u, (e) => (e === 'я' ? 'ь' : '')),
      );
    },
  );
});
