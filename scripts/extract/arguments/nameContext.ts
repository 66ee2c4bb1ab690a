/** What the words around a name in running text tell of it: its gender, the word governing it. */
import type { WordBefore } from './normaliseName';
import { PERSON_NAMES, type NameAround } from './personNameGrammar';
import { isPlainGap, type Token } from './tokenize';
import type { Lang, PersonHit } from './types';

/** A word as it stands opening a sentence: `визит` → `Визит`. */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The sentence's text before token `k` (back to the last full stop, ! or ?).
 * (Read back one character at a time: `lastIndexOf('!')` read a whole 5 MB paragraph with no "!"
 * back to its start for every name in it.)
 */
function sentenceBefore(text: string, tokens: readonly Token[], k: number): string {
  const at = tokens[k]?.start ?? 0;
  let from = at;
  while (from > 0 && !SENTENCE_END.has(text[from - 1]!)) from--;
  return text.slice(from, at);
}
const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * Whether the person coordinated before token `first` ("Токаева и …") is written in another form
 * than the nominative: the name joined to it stands in that oblique case too, so is no subject.
 */
function joinedInOblique(
  text: string,
  tokens: readonly Token[],
  first: number,
  found: readonly PersonHit[],
  lang: Lang,
): boolean {
  const partner = coordinatedPartner(text, tokens, first, found, lang);
  return !!partner && partner.written.join(' ') !== partner.words.join(' ');
}

/**
 * The gender a verb right after or before a name shows, where the language's verbs have one. A
 * verb agrees with its subject, a name in the nominative: not with a name in an oblique case
 * ("В ходе встречи Токаева и Шавката Мирзиёева обсуждалась торговля": the verb is the trade's).
 * A verb before the name counts only when the name is its subject: an object does not agree with
 * its verb ("Партия выдвинула Касым-Жомарта Токаева" names a man). `found`: the people found
 * before the name, one of whom may be joined to it.
 */
export function genderAround(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  lang: Lang,
  found: readonly PersonHit[] = [],
) {
  const grammar = PERSON_NAMES[lang];
  const before = tokens[first - 1];
  // A name governed by a common noun before it is that noun's genitive, and the verb agrees with
  // the noun: "Визит Урсулы фон дер Ляйен начался", "визит Урсулы … начался" (her, not him).
  if (before && grammar.governsName?.(capitalised(before.text)) === true) return undefined;
  // So is a name after a preposition or joined to a person in an oblique case.
  const governing = wordBefore(text, tokens, first);
  if (governing && grammar.governsOblique?.(governing) === true) return undefined;
  if (joinedInOblique(text, tokens, first, found, lang)) return undefined;
  const after = tokens[last + 1];
  const afterGender = after && grammar.genderOf(after.text);
  if (afterGender) return afterGender;
  // (Or the verb past a time told between them, "Петрова 5 марта заявила", "Петрова в понедельник
  // заявила": the time is no word the verb could agree with, so the subject is still the name.)
  const pastTime = verbPastTime(text, tokens, last);
  if (pastTime !== undefined) return grammar.genderOf(pastTime.text);
  if (
    !before ||
    !grammar.verbHasNameForSubject(before.text, sentenceBefore(text, tokens, first - 1))
  )
    return undefined;
  return grammar.genderOf(before.text);
}

/**
 * A time between a name and its verb: a day and a month, a year, a weekday, "вчера", "сегодня"
 * ("5 марта", "в понедельник", "2 апреля 2025 года"), in Russian, whose past verb shows its
 * subject's gender (a Kazakh verb shows none); the time's words carry no gender of their own.
 */
const TIME_WORD =
  /^(?:\d{1,4}|года|г|в|во|вчера|сегодня|накануне|ранее|уже|также|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)$/iu;

/** The token after a time told right after token `last` (at most four words), when only spaces part them all. */
function verbPastTime(text: string, tokens: readonly Token[], last: number): Token | undefined {
  let k = last + 1;
  while (k <= last + 4 && tokens[k] && TIME_WORD.test(tokens[k]!.text)) {
    if (!isPlainGap(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return undefined;
    k++;
  }
  const verb = tokens[k];
  if (k === last + 1 || !verb || !isPlainGap(text.slice(tokens[k - 1]!.end, verb.start)))
    return undefined;
  return verb;
}

/** The word right before token `first`, when only a space parts them, and its sentence before it. */
export function wordBefore(
  text: string,
  tokens: readonly Token[],
  first: number,
): WordBefore | undefined {
  const before = tokens[first - 1];
  const at = tokens[first];
  if (!before || !at || !/^\s+$/u.test(text.slice(before.end, at.start))) return undefined;
  return { word: before.text, sentence: sentenceBefore(text, tokens, first - 1) };
}

/**
 * The person found right before the coordinator that stands before token `first` ("Токаев и
 * Эммануэль Макрон"), written and in the nominative: the name after stands in that person's case.
 */
export function coordinatedPartner(
  text: string,
  tokens: readonly Token[],
  first: number,
  found: readonly PersonHit[],
  lang: Lang,
): NameAround['partner'] {
  const joint = tokens[first - 1];
  const partner = found.at(-1);
  const end = tokens[first - 2]?.end;
  if (!joint || !partner || end === undefined || partner.end !== end) return undefined;
  if (PERSON_NAMES[lang].coordinator?.test(joint.text) !== true) return undefined;
  const spaced = (a: number, b: number) => /^\s+$/u.test(text.slice(a, b));
  if (!spaced(end, joint.start) || !spaced(joint.end, tokens[first]!.start)) return undefined;
  return { written: partner.text.split(/\s+/u), words: partner.name.split(/\s+/u) };
}
