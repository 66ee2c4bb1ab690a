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
import type { NameAround } from '../../arguments/personNameGrammar';
import { caseBeforeName } from './caseBeforeName';
import { RU_HEAD_NOUN } from './lexicon/headNouns';
import { RU_MALE_GIVEN_NAMES } from './lexicon/givenNames';
import { RU_MALE_A_NAMES } from './lexicon/names';
import { declineRuName, RU_CASES, type RuCase } from './ruNameCase';

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
 * Whether the nominatives `words`, as a man's given names and surname, may be written so in an
 * oblique case: the surname shows the case (`Макрона`; a surname in one form, `Гросси`, shows
 * nothing a noun's would not, `Дне Независимости`), each given name shows it or is one that keeps
 * one form, and the surname is no adjective-like word in -ий (`Фонда Развития`: `Развитий`).
 */
function showsMansCase(written: readonly string[], words: readonly string[]): boolean {
  const surname = words.at(-1)!;
  if (!VOWEL.test(surname) || /ий$/u.test(surname) || written.at(-1) === surname) return false;
  return words
    .slice(0, -1)
    .every((g, i) => VOWEL.test(g) && (written[i] !== g || UNDECLINED_GIVEN.test(g)));
}

/**
 * Two given names (`Реджеп Тайип`) are both in a consonant: no vowel-final noun's case between,
 * nor the -ий/-ый/-ой a noun's genitive in -ия reads back to (`Фонда Развития …`: `Развитий`).
 */
const GIVEN_NAMES_FIT = (words: readonly string[]) =>
  words.length === 2 ||
  words.slice(0, -1).every((g) => /[^аеёиоуыэюя]$/iu.test(g) && !/[иыо]й$/u.test(g));

/**
 * A man's name in the nominative as a given name and a surname: the given name in a consonant, -ь,
 * -й (no adjective's -ый/-ий/-ой: `Национальный Банк`) or one that keeps one form, the surname in
 * a consonant but -й or in -о/-е/-у/-э (`Байден`, `Шольц`, `Кокто`): not in -а/-я of a woman's or
 * a noun's, nor -ы/-и/-й/-ие/-ия, which a noun's genitive or an adjective ends in (`День
 * Независимости`, `Дом Дружбы`, `Союз Писателей`, `Развитие`); an unlisted given name of three
 * letters only if it keeps one form (`Джо`).
 */
function mansNominative(words: readonly string[]): boolean {
  const given = words.slice(0, -1);
  const surname = words.at(-1)!;
  if (!VOWEL.test(surname) || /(?:[аяыий]|ие)$/u.test(surname)) return false;
  return given.every(
    (g) =>
      VOWEL.test(g) &&
      !/[ыио]й$/u.test(g) &&
      // (Three letters are a capitalised adjective's or a noun's as often: "Жас Отан", "Хан
      // Шатыр", "Ак Жол" are a youth wing, a building and a party.)
      (g.length > 3 || UNDECLINED_GIVEN.test(g)) &&
      (/[^аеёиоуыэюя]$/iu.test(g) || UNDECLINED_GIVEN.test(g)),
  );
}

/** The cases in which the coordinated person's name is written as it stands (either gender). */
function partnerCases(partner: NameAround['partner']): readonly RuCase[] {
  if (!partner || partner.written.length !== partner.words.length) return [];
  return RU_CASES.filter((c) =>
    (['m', 'f'] as const).some((g) =>
      declineRuName(partner.words, g, c).every((w, i) => w === partner.written[i]),
    ),
  );
}

/**
 * Whether `written`, two or three words as the text has them (`Реджепа Тайипа Эрдогана`), is a
 * man's name `words` (in the nominative)
 * declined as one in an oblique case: the case `before` governs, or any when the given name is
 * listed. Or standing in the nominative, which only the grammar tells of an unlisted given name:
 * a past verb agreeing with a man (`Эммануэль Макрон прибыл`, `заявил Олаф Шольц`). A name joined
 * by "и" to a person stands in that person's case (`Токаев и Эммануэль Макрон`, `Токаева и
 * Эммануэля Макрона`). Women's names are read by their lists and undeclined surnames
 * (givenNamePair.ts): a woman's surname without -а keeps one form, so shows no case to agree with.
 */
export function ruDeclinedName(
  written: readonly string[],
  words: readonly string[],
  before: WordBefore | undefined,
  around: NameAround = {},
): boolean {
  if (written.length < 2 || written.length > 3 || words.length !== written.length) return false;
  if (!GIVEN_NAMES_FIT(words)) return false;
  const partner = partnerCases(around.partner);
  if (written.every((w, i) => w === words[i]))
    return (around.gender === 'm' || partner.includes('nom')) && mansNominative(words);
  if (!showsMansCase(written, words)) return false;
  const cases: readonly RuCase[] = listedGiven(words[0]!)
    ? ['gen', 'dat', 'acc', 'ins', 'pre']
    : [...casesGovernedBefore(before), ...partner];
  return cases.some((c) => declineRuName(words, 'm', c).every((w, i) => w === written[i]));
}
