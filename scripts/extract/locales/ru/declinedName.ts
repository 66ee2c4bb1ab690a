/**
 * A two-word Russian name whose surname has no surname's ending (`Макрон`, `Эрдоган`, `Шольц`,
 * `Трамп`) is still a name when both words decline as one, a given name and a surname of one
 * gender in one oblique case, and that case is what the word before governs: "Визит Эммануэля
 * Макрона" (a head noun: the genitive), "с Реджепом Эрдоганом" (the instrumental), "к Олафу
 * Шольцу" (the dative), "поздравил Дональда Трампа" (the accusative). A given name from the lists
 * needs no governing word: declined with the surname it already tells a person ("Игоря Макрона").
 * Two common nouns seldom stand capitalised side by side in one case after such a word, and the
 * nouns that do (posts, bodies, places, acts) never reach this check.
 */
import type { WordBefore } from '../../arguments/normaliseName';
import { caseBeforeName } from './caseBeforeName';
import { RU_HEAD_NOUN } from './lexicon/headNouns';
import { RU_MALE_GIVEN_NAMES } from './lexicon/givenNames';
import { RU_MALE_A_NAMES } from './lexicon/names';
import { declineRuName, type RuCase } from './ruNameCase';

/** Prepositions by the case of the person they govern ("у Макрона", "с Макроном", "о Макроне"). */
const PREPOSITION_CASES: ReadonlyArray<[RegExp, readonly RuCase[]]> = [
  [/^(?:у|от|для|без|против|после|вместо|кроме|помимо|около|возле|среди)$/iu, ['gen']],
  [/^(?:с|со)$/iu, ['ins', 'gen']],
  [/^(?:перед|между|над|за)$/iu, ['ins']],
  [/^(?:о|об|обо|при)$/iu, ['pre']],
];

/** A head noun as it stands in running text too ("визит", "переговоров"), capitalised to be read. */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The oblique cases the word before a name puts it in, where that word governs one. */
export function casesGovernedBefore(before: WordBefore | undefined): readonly RuCase[] {
  if (!before) return [];
  // (A visit, a meeting, a speech is the person's: the genitive.)
  if (RU_HEAD_NOUN.test(capitalised(before.word))) return ['gen'];
  const verbOrDative = caseBeforeName(before.word, before.sentence);
  if (verbOrDative) return [verbOrDative];
  return PREPOSITION_CASES.find(([word]) => word.test(before.word))?.[1] ?? [];
}

const listedGiven = (name: string): boolean =>
  RU_MALE_GIVEN_NAMES.has(name) || RU_MALE_A_NAMES.has(name);

const VOWEL = /[аеёиоуыэюя]/iu;

/**
 * A man's given name that keeps one form: a foreign one in a vowel (`Джо`, `Эмомали`), not in
 * -ы/-и of a noun's case (`Стены`), nor in -а/-я, which decline (`Никиты`).
 */
const UNDECLINED_GIVEN = /[еёоуэю]$|[^ы]и$/iu;

/**
 * Whether the nominatives `given` and `surname`, as a man's name, may be written so in an oblique
 * case: the surname shows the case (`Макрона`; a surname in one form, `Гросси`, shows nothing a
 * noun's would not, `Дне Независимости`), the given name shows it or is one that keeps one form,
 * and the surname is no adjective-like word in -ий (`Фонда Развития`: `Развитий`, no surname).
 */
function showsMansCase(written: readonly string[], given: string, surname: string): boolean {
  if (!VOWEL.test(given) || !VOWEL.test(surname) || /ий$/u.test(surname)) return false;
  if (written[1] === surname) return false;
  return written[0] !== given || UNDECLINED_GIVEN.test(given);
}

/**
 * Whether `written`, two words as the text has them, is a man's name `words` (in the nominative)
 * declined as one in an oblique case: the case `before` governs, or any when the given name is
 * listed. Women's names are read by their lists and undeclined surnames (givenNamePair.ts): a
 * woman's surname without -а keeps one form, so shows no case to agree with.
 */
export function ruDeclinedName(
  written: readonly string[],
  words: readonly string[],
  before: WordBefore | undefined,
): boolean {
  if (written.length !== 2 || words.length !== 2) return false;
  const [given, surname] = words as [string, string];
  if (!showsMansCase(written, given, surname)) return false;
  const cases: readonly RuCase[] = listedGiven(given)
    ? ['gen', 'dat', 'acc', 'ins', 'pre']
    : casesGovernedBefore(before);
  return cases.some((c) => declineRuName(words, 'm', c).every((w, i) => w === written[i]));
}
