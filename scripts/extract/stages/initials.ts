/**
 * Whether a full stop after one-letter capitals ("А.", "А.А.", "К.-Ж.") ends a sentence. Such a
 * run is either an initial before a surname ("премьер-министр А. Смаилов", "А.А. Смаилов") or the
 * end of a name: initials after the surname ("Токаев К.-Ж.") or the last syllable of an East
 * Asian name ("министра КНР Ван И."). What decides is what the run follows and what follows it.
 */
import { isRoleWord } from '../arguments/isRoleWord';
import { NOT_GIVEN_NAMES, SURNAME_ENDING } from '../locales/kk/lexicon/names';

/** One-letter capitals, each but the last with its full stop: `А`, `А.А`, `А. А`, `К.-Ж`. */
const INITIALS_RUN = /(?<!\p{L})(?:\p{Lu}\.[-‐]?[ \u00a0]?){0,3}\p{Lu}$/u;

const VOWELS = 'аеёиоуыэюяәөүұіАЕЁИОУЫЭЮЯӘӨҮҰІ';

/**
 * A capitalised word of one syllable: `Ван`, `Ли`, `Чжэ`, `Хуан`. East Asian names are written in
 * one-syllable parts, the family name first; a Russian or Kazakh name word before an initial
 * ("Ерлан И. Петров", "Касым-Жомарт") is longer.
 */
const ONE_SYLLABLE = new RegExp(`^[^${VOWELS}]*[${VOWELS}]+[^${VOWELS}]*$`, 'u');

/** A surname in the nominative or an oblique case: `Смаилов`, `Смаиловым`, `Токаеву`. */
const SURNAME_FORM = /(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой)?$/u;

/** The run of initials whose last letter stands right before the full stop at `dot`, if any. */
export function initialsBefore(text: string, dot: number): { start: number } | undefined {
  const head = text.slice(Math.max(0, dot - 12), dot);
  const m = INITIALS_RUN.exec(head);
  return m ? { start: dot - head.length + m.index } : undefined;
}

/**
 * True when the run ending at the full stop `dot` closes a name and the next word opens a clause:
 * the word before the run is a surname or an East Asian name's one-syllable part (not a post,
 * "Мэр Е. Досаев", nor an opener, "Но А. Смаилов"), and no surname or further initial follows
 * ("Ван И. Визит …", "Токаев К.-Ж. Затем …"; but "Казахстана М. Тлеуберди", "А.А. Смаилов").
 */
export function initialsEndSentence(text: string, runStart: number, dot: number): boolean {
  const before = /(?:^|[\s(«"“])(\p{Lu}\p{Ll}+)[ \u00a0]$/u.exec(text.slice(Math.max(0, runStart - 40), runStart)); // prettier-ignore
  const word = before?.[1];
  if (!word || NOT_GIVEN_NAMES.has(word)) return false;
  if (isRoleWord(word, 'ru') || isRoleWord(word, 'kk')) return false;
  if (!SURNAME_ENDING.test(word) && !ONE_SYLLABLE.test(word)) return false;
  const next = /^\.["»”)]*\s+["«“(–—-]?\s*(\p{L}+)(\.?)/u.exec(text.slice(dot, dot + 60));
  if (!next) return true;
  const [, nextWord = '', stop] = next;
  if (/^\p{Lu}$/u.test(nextWord) && stop) return false;
  return !(/^\p{Lu}\p{Ll}+$/u.test(nextWord) && (SURNAME_ENDING.test(nextWord) || SURNAME_FORM.test(nextWord))); // prettier-ignore
}
