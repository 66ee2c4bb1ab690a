/** A Kazakh name back in the nominative (arguments/normaliseName.ts): only its last word is inflected. */
import { isRoleWord } from '../../arguments/isRoleWord';
import type { NameCase } from '../../arguments/normaliseName';
import { kkNameStem } from './kkNameEndings';
import { SURNAME_ENDING } from './lexicon/names';
import { KK_NAME_CASE_ENDINGS } from './lexicon/suffixes';
import { isKkSurnameFirst } from './surnameFirst';

const KK_ENDINGS = [...KK_NAME_CASE_ENDINGS].sort((a, b) => b.length - a.length);

/** The instrumental and the genitive, endings no name ends in. */
const KK_FOREIGN_CASE = /(?<=\p{L}{3})(?:мен|бен|пен|ның|нің|дың|дің|тың|тің)$/u;

/**
 * An ending is only cut when what remains still looks like a surname (or after an initial,
 * `Е.Жақыпқа`), so `Жалелова` or `Қуанышқызы` stay whole.
 */
function surname(word: string, afterInitial: boolean): string {
  for (const ending of KK_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    if (SURNAME_ENDING.test(stem) || (afterInitial && stem.length >= 4)) return stem;
  }
  // A patronymic surname in the possessive takes -н- (`Серікұлын`, `Ерланқызында`).
  return kkNameStem(word, (stem) => SURNAME_ENDING.test(stem)) ?? word;
}

export const KK_NAME_CASE: NameCase = {
  surname: (word, afterInitial) => surname(word, afterInitial),
  // Case is marked on the last word only (`Қасым-Жомарт Тоқаевты`).
  name(cased, _hint, before) {
    // A name written surname first comes back given name first, its patronymic in the nominative
    // (`Тоқаев Қасым-Жомарт Кемелұлына` → `Қасым-Жомарт Кемелұлы Тоқаев`).
    if (isKkSurnameFirst(cased)) {
      const [surnameWord, given, patronymic] = cased as [string, string, string];
      return [given, surname(patronymic, false), surnameWord];
    }
    const last = cased.at(-1) ?? '';
    const nominative = surname(last, false);
    // A lone given name right after a post loses the case its sounds take, as after a given name
    // (`Президент Айсулуға`, `Әкім Серікке`).
    if (cased.length === 1 && nominative === last && before && isRoleWord(before.word, 'kk'))
      return [kkNameStem(last) ?? last];
    if (cased.length < 2 || nominative !== last) return [...cased.slice(0, -1), nominative];
    // After a given name, the last word is a surname whatever its shape: a father's given name
    // (`Мәди Серікке`, `Әлия Айсулуды`) loses the case its sounds take; the instrumental and the
    // genitive are cut from a foreign one too (`Ердоғанмен`, `Макронның`).
    const stem = kkNameStem(last);
    const foreign = KK_FOREIGN_CASE.exec(last);
    return [...cased.slice(0, -1), stem ?? (foreign ? last.slice(0, foreign.index) : last)];
  },
};
