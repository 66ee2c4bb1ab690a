/**
 * A Russian participle phrase holding a date: "Партия, созданная в 2019 году, провела съезд" (set
 * off by commas after its noun) or "Созданная в 2019 году партия провела съезд" (before its noun).
 * The date is the participle's, of the noun it describes; a trigger past the phrase and its noun
 * (the main verb's act) is not dated by it.
 */

import { FINITE_PAST, PREFIXED_FUTURE, SHORT_PASSIVE } from '../ruVerbForms';

/** A Russian participle in any gender, case and number: "созданная", "избранный", "принятого". */
export const PARTICIPLE =
  /^[\p{L}]+(?:нн|вш|[её]дш|ющ|ащ|ящ|(?:ня|ча|ы)т)(?:ый|ая|ое|ые|ого|ой|ому|ым|ыми|ых|ую|ий|ее|ие|его|ей|ему|им|ими|их|ом)(?:ся|сь)?$/iu;

/**
 * What may stand between a preposed phrase's date and its noun: a place, an agent, the noun's
 * adjectives ("Прошедшие 5 марта парламентские выборы"). A noun in -ние/-тие after a vowel is no
 * adjective in -ие: "Созданное в 2019 году движение выдвинуло кандидата" (soft adjectives have a
 * consonant there: "последние", "внутренние", "летние").
 */
export const BEFORE_NOUN =
  /^\s*(?:(?:в|во|на|при|по|из)\s+[\p{L}-]+\s+|(?![\p{L}-]*[аеёиоуыэюя][нт]ие\s)[\p{L}-]+(?:ом|ем|ой|ей|ами|ями|ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ых|их|ую|юю|ым|им)\s+)*/iu;

/**
 * Whether the date `[from, to)` of `text` lies in a participle phrase (the participle first in its
 * comma-bounded segment, at most three words before the date) and the trigger at `hitAt` stands
 * past that phrase: after its closing comma, or past the noun the phrase comes before.
 */
export function ruBeyondParticiplePhrase(
  text: string,
  from: number,
  to: number,
  hitAt: number,
  /** The cue's own text: one that goes on from the noun to its verb is the verb's act. */
  hitText = '',
): boolean {
  if (hitAt < to || !ruInParticiplePhrase(text, from)) return false;
  const segStart = text.lastIndexOf(',', from) + 1;
  const rest = text.slice(to, hitAt);
  if (rest.includes(',')) return true;
  // (Before its noun: the noun comes first, then the trigger; "Принятый в 2019 году закон" is the
  // law's own date. A cue read from the noun through the main verb, "Принятая на референдуме 5
  // июня Конституция вступит в силу 1 июля", is the verb's act: the phrase's date is not its.)
  if (segStart > 0) return false;
  const afterPlaces = rest.slice(BEFORE_NOUN.exec(rest)![0].length);
  return (
    /^[\p{L}-]+\s+/u.test(afterPlaces) || (afterPlaces === '' && PREDICATE_AFTER_NOUN.test(hitText))
  );
}

/**
 * A finite verb after the cue's first word (its noun): a past ("вступила"), a perfective future
 * ("вступит"), a present ("вступает", "вступают") or a short passive ("утверждена").
 */
const PREDICATE_AFTER_NOUN = new RegExp(
  String.raw`^[\p{L}-]+\s+(?:[\p{L}-]+\s+){0,2}?(?:${FINITE_PAST}|${PREFIXED_FUTURE}|${SHORT_PASSIVE}|[\p{L}]{2,}(?:ает|ают|яет|яют|ется|ются))(?![\p{L}])`,
  'iu',
);

/**
 * Whether the date starting at `from` of `text` lies in a participle phrase: the participle first
 * in its comma-bounded segment, at most three words before the date. (A state held since the date,
 * "исполнявший обязанности премьера с 5 января", is the start of the post the sentence then tells:
 * kindAndDay.test.ts.)
 */
export function ruInParticiplePhrase(text: string, from: number): boolean {
  const segStart = text.lastIndexOf(',', from) + 1;
  const lead = text.slice(segStart, from).trim().split(/\s+/u);
  if (lead.length > 4 || !PARTICIPLE.test(lead[0] ?? '')) return false;
  return !/^(?:с|со)$/iu.test(lead.at(-1) ?? '');
}
