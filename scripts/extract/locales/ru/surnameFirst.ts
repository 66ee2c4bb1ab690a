/**
 * Russian writes a name in full either given name, patronymic, surname (`Иван Иванович Иванов`) or,
 * in decrees and lists, surname first (`Иванов Иван Иванович`, `назначить Иванова Ивана
 * Ивановича`): a patronymic last, after a given name, after a word with a surname's suffix.
 */
import { RU_PATRONYMIC } from './lexicon/roles';
import { RU_SURNAME_SHAPE } from './lexicon/names';
import { nominativeRuName } from './ruNameCase';

/** Whether three words are a surname, a given name and a patronymic, in that order, in any case. */
export function isSurnameFirst(words: readonly string[]): boolean {
  if (words.length !== 3) return false;
  const [surname, given, patronymic] = words as [string, string, string];
  if (!RU_PATRONYMIC.test(patronymic) || RU_PATRONYMIC.test(given)) return false;
  // (The surname read alone, in whatever case it stands: `Иванова`, `Токаеву`, `Сапаровым`.)
  const nominative = nominativeRuName([surname])[0]!;
  return RU_SURNAME_SHAPE.test(surname) || RU_SURNAME_SHAPE.test(nominative);
}

/** A surname-first name in the order the other names take: given name, patronymic, surname. */
export function givenFirst(words: readonly string[]): string[] {
  return isSurnameFirst(words) ? [words[1]!, words[2]!, words[0]!] : [...words];
}
