/** A Russian name back in the nominative (arguments/normaliseName.ts): every word is declined. */
import type { NameCase, WordBefore } from '../../arguments/normaliseName';
import { caseBeforeName } from './caseBeforeName';
import { RU_PATRONYMIC } from './lexicon/roles';
import { postCaseBeforeName } from './postCase';
import { nominativeRuName, type RuCase } from './ruNameCase';
import { givenFirst } from './surnameFirst';

/**
 * The case a preposition or a verb right before the name puts it in (`наградил Лейлу`), or else
 * the cases of the post it stands in apposition to (`премьер-министру Индии`).
 */
function governed(before: WordBefore | undefined): RuCase | readonly RuCase[] | undefined {
  if (!before) return undefined;
  return caseBeforeName(before.word, before.sentence) ?? postCaseBeforeName(`${before.sentence} ${before.word}`); // prettier-ignore
}

export const RU_NAME_CASE: NameCase = {
  // By the declension of Russian surnames (`Назарбаевой` → `Назарбаева`).
  surname: (word, _afterInitial, hint, before) =>
    nominativeRuName([word], hint, governed(before))[0]!,
  // A name written surname first (`Иванова Ивана Ивановича`) comes back given name first.
  name(written, hint, before) {
    const cased = givenFirst(written);
    const governs = governed(before);
    const read = nominativeRuName(cased, hint, governs);
    // Three words with no patronymic are a foreign name of three parts (`Реджепом Тайипом
    // Эрдоганом`): a given name, then a given name and a surname.
    if (cased.length !== 3 || RU_PATRONYMIC.test(cased[1]!) || read.some((w, i) => w !== cased[i]))
      return read;
    // Each given name is read beside the surname, which settles its case and gender.
    const [a, b, surname] = cased as [string, string, string];
    return [
      nominativeRuName([a, surname], hint, governs)[0]!,
      ...nominativeRuName([b, surname], hint, governs),
    ];
  },
};
