/**
 * The one who invites, named by a lone surname: "Путин пригласил Токаева в Москву". Alone, a word
 * in -ин is not taken for a person (arguments/findPersons.ts: "Один", "Мартин"), so the invitation
 * had no inviter; but the word that is the verb's subject, right before it (Russian) or right
 * before the one invited (Kazakh, "Путин Тоқаевты … шақырды"), and has a surname's shape
 * (surnamePair.ts: not a given name's) names the inviter.
 */
import { KK_NOT_BEFORE_SUBJECT } from '../locales/kk/lexicon/notBeforeSubject';
import { RU_NOT_BEFORE_SUBJECT } from '../locales/ru/lexicon/notBeforeSubject';
import type { Actor } from '../../../src/model/schema';
import { endsGivenAndSurname } from '../arguments/surnamePair';
import type { Sentence } from '../types';

/** Words that make the word after them no subject ("к Путину" is not "Путин"), either language. */
const PREPOSITION = new RegExp(`^(?:${RU_NOT_BEFORE_SUBJECT}|${KK_NOT_BEFORE_SUBJECT})$`, 'iu');

/** The inviter named by the lone word that ends right before `at` (an offset in `s`), if one. */
export function loneInviter(s: Sentence, at: number): Actor | undefined {
  const m = /(?:^|[\s(«"„])(\p{Lu}[\p{L}-]+)\s+$/u.exec(s.text.slice(0, at));
  if (!m) return undefined;
  const word = m[1]!;
  if (!endsGivenAndSurname(word)) return undefined;
  const start = m.index + m[0].indexOf(word);
  const before = s.text.slice(0, start).trim().split(/\s+/u).at(-1) ?? '';
  if (PREPOSITION.test(before)) return undefined;
  return {
    name: word,
    evidence: { start: s.start + start, end: s.start + start + word.length, text: word },
  };
}
