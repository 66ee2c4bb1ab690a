/** A Russian name back in the nominative (arguments/normaliseName.ts): every word is declined. */
import type { NameCase } from '../../arguments/normaliseName';
import { nominativeRuName } from './ruNameCase';

export const RU_NAME_CASE: NameCase = {
  // By the declension of Russian surnames (`Назарбаевой` → `Назарбаева`).
  surname: (word, _afterInitial, hint) => nominativeRuName([word], hint)[0]!,
  name(cased, hint) {
    const read = nominativeRuName(cased, hint);
    // Three words with no patronymic are a foreign name of three parts (`Реджепом Тайипом
    // Эрдоганом`): a given name, then a given name and a surname.
    if (cased.length !== 3 || read.some((w, i) => w !== cased[i])) return read;
    // Each given name is read beside the surname, which settles its case and gender.
    const [a, b, surname] = cased as [string, string, string];
    return [nominativeRuName([a, surname], hint)[0]!, ...nominativeRuName([b, surname], hint)];
  },
};
