/**
 * A Russian year inside a participle phrase set before its noun: "Созданная в 2019 году партия
 * провела съезд 5 марта". Russian puts such a phrase, participle first, before the noun it
 * describes; its date is the participle's act (the founding), and frames no other date of the
 * sentence: the congress's 5 March is the latest past one, not one of 2019
 * (dates/sentenceYearWords.ts, describingPhrase).
 */
import { FINITE_PAST, PREFIXED_FUTURE, SHORT_PASSIVE } from '../ruVerbForms';
import { BEFORE_NOUN, PARTICIPLE } from '../events/participleBeforeNoun';

/** The predicate of the sentence right after the date: then the participle had no noun there. */
const PREDICATE = new RegExp(
  String.raw`^(?:${FINITE_PAST}|${PREFIXED_FUTURE}|${SHORT_PASSIVE}|[\p{L}]{2,}(?:ает|ают|яет|яют|ется|ются|ит|ят))(?![\p{L}])`,
  'iu',
);

/**
 * Whether a date with `before` (the text before it) and `after` (the text after it) stands in a
 * participle phrase before its noun: the participle opens its clause, at most five words before
 * the date (its agent, its place with its adjectives, "на учредительном съезде", the preposition of
 * the date), and past the date come the noun's adjectives and the noun, not the sentence's verb
 * ("Иностранные наблюдатели в 2019 году отметили …" is a subject, the year the sentence's). Not a
 * state since the date ("Действующий с 2019 года закон"): that counts from it.
 */
export function ruYearInParticiplePhrase(before: string, after: string): boolean {
  // (The phrase opens its sentence or clause. One after a comma follows its noun, "Закон, принятый
  // 5 марта 2023 года и вступивший в силу 1 июля, …": one law's story, told in its year.)
  const phrase = /(?:^|([,;:.!?—–()«»"“”\n]))([^,;:.!?—–()«»"“”\n]*)$/u.exec(before.slice(-80))!;
  if (phrase[1] === ',') return false;
  const words = phrase[2]!.trim().split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 6 || !PARTICIPLE.test(words[0]!)) return false;
  if (/^(?:с|со|начиная)$/iu.test(words.at(-1)!)) return false;
  // (The date's own "году"/"года" may be outside its span: skip it, then the noun's adjectives.)
  const rest = after.slice(0, 80).replace(/^\s*(?:года|году|г\.)(?![\p{L}])/iu, '');
  const noun = /^[\p{L}-]+/u.exec(rest.slice(BEFORE_NOUN.exec(rest)![0].length))?.[0];
  return noun !== undefined && !PREDICATE.test(noun) && !CONJUNCTION.test(noun);
}

/** A conjunction after the date joins a second member to the phrase: its noun is not there. */
const CONJUNCTION = /^(?:и|а|но|или|либо|да)$/iu;
