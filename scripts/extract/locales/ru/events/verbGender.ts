/**
 * A person's gender as the sentence's own verb tells it. A Russian past verb agrees with its
 * subject: "Матвиенко провела заседание" names a woman, "Кличко провёл встречу" a man, where the
 * name alone tells neither (a surname in -ко, -ян, -ук, a foreign one). The title's verb then
 * agrees with the same gender ("Матвиенко провела заседание", not "провёл"). A surname whose
 * ending tells its gender (-ова, -ская; -ов, -ин, -ский, -ұлы) is not overruled; a given name is
 * (`Айгуль` and `Жанна` are read by their endings, which a verb corrects).
 */
import type { Actor, SourceLang } from '../../../../../src/model/schema';
import type { Gender } from '../../../arguments/personGender';
import { RU_PERSON_NAMES } from '../personNames';
import { verbHasNameForSubject } from '../verbBeforeName';
import type { Sentence } from '../../../types';
import { surnameOf } from '../../../events/canonicalNames';
import { isFemaleName } from '../../../events/names';

/** Surname endings that tell the gender, whatever the verb. */
const SURNAME_TELLS =
  /(?:ова|ева|ёва|ина|ына|ская|цкая|қызы|кызы|ов|ев|ёв|ин|ын|ский|цкий|ұлы|улы)$/iu;

/** Whatever ends the clause the subject and its verb share. */
const CLAUSE_END = /[,;:()«»"“”„]|\s[–—-]\s|\s(?:и|а|или|но|который|которая|которые)\s/iu;

/** A plural past verb: a subject of several, no gender told ("провели"). */
const PAST_PLURAL = /^\p{Ll}{3,}(?:ли|лись)$/u;

/** Prepositions whose object an indeclinable surname may be ("встреча с Матвиенко прошла"). */
const PREPOSITION = /^(?:с|со|у|к|ко|о|об|от|для|при|по|за|без|между|перед|после|вместо)$/iu;

/** The gender the past verb beside `a`, its subject, shows; none when no such verb. */
function verbGender(s: Pick<Sentence, 'text' | 'start'>, a: Actor): Gender | undefined {
  const from = a.evidence.start - s.start;
  const to = a.evidence.end - s.start;
  if (from < 0 || to > s.text.length || to - from >= s.text.length) return undefined;
  // (In the nominative: its written last word is the name's own.)
  const written = /[\p{L}-]+$/u.exec(a.evidence.text)?.[0];
  if (!written || written !== /[\p{L}-]+$/u.exec(a.name)?.[0]) return undefined;
  const head = s.text.slice(0, from);
  const before = /([\p{L}-]+)\s+$/u.exec(head);
  if (before && PREPOSITION.test(before[1]!)) return undefined;
  const tail = s.text.slice(to);
  const clause = tail.slice(0, CLAUSE_END.exec(tail)?.index ?? tail.length);
  // The first past verb after it, at most three words between ("Матвиенко в понедельник провела").
  for (const w of clause.match(/[\p{L}-]+/gu)?.slice(0, 4) ?? []) {
    if (PAST_PLURAL.test(w)) return undefined;
    const g = RU_PERSON_NAMES.genderOf(w);
    if (g) return g;
  }
  // Or the verb right before, whose subject it is ("заседание провела Матвиенко").
  if (!before) return undefined;
  const sentenceBefore = head.slice(0, before.index);
  return verbHasNameForSubject(before[1]!, sentenceBefore)
    ? RU_PERSON_NAMES.genderOf(before[1]!)
    : undefined;
}

/**
 * The genders the sentence's verbs tell of its actors whose surname tells none, by surname
 * (lower case, canonicalNames.ts surnameOf).
 */
export function toldGenders(
  lang: SourceLang,
  s: Pick<Sentence, 'text' | 'start'>,
  actors: readonly Actor[],
): Record<string, Gender> | undefined {
  if (lang !== 'ru') return undefined;
  const out: Record<string, Gender> = {};
  for (const a of actors) {
    if (SURNAME_TELLS.test(a.name.trim())) continue;
    const g = verbGender(s, a);
    if (g) out[surnameOf(a.name)] = g;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Whether a title names a woman: the verb's gender where the sentence told one, else the name's. */
export function isFemaleActor(genders: Record<string, Gender> | undefined, name: string): boolean {
  const told = genders?.[surnameOf(name)];
  return told ? told === 'f' : isFemaleName(name);
}
