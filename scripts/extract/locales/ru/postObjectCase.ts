/**
 * Whether a Russian post written before a name is in the accusative, the case of the one
 * received ("принял министра иностранных дел КНР Ван И"): a name that cannot decline ("Ван И",
 * "Мелони") shows no case of its own, its post does (events/meetingSides.ts).
 */
import { RU_FORM_NOMINATIVE } from './lexicon/roles';

const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/u;

/**
 * Whether `written` is the accusative singular of the animate noun `nominative`: a hard stem
 * takes -а (`министр` → `министра`, `посол` → `посла`, its vowel lost), a soft one -я
 * (`председатель` → `председателя`), a noun in -а/-я takes -у/-ю (`глава` → `главу`).
 */
export function ruAnimateAccusative(nominative: string, written: string): boolean {
  const n = nominative.toLowerCase();
  const w = written.toLowerCase();
  if (n.endsWith('а')) return w === n.slice(0, -1) + 'у';
  if (n.endsWith('я')) return w === n.slice(0, -1) + 'ю';
  if (/[ьй]$/u.test(n)) return w === n.slice(0, -1) + 'я';
  if (!CONSONANT.test(n)) return false;
  return w === n + 'а' || (w.endsWith('а') && RU_FORM_NOMINATIVE[w] === n);
}

/**
 * Whether the post the text writes right before a name is its role (in the nominative, as the
 * actor holds it) put in the accusative. Only the head, the role's first word, declines; the
 * words after it are its genitive complement and are written as the role has them.
 */
export function ruPostInAccusative(before: string, role: string | undefined): boolean {
  const roleWords = role?.trim().split(/\s+/u) ?? [];
  if (roleWords.length === 0) return false;
  const written = before.trim().split(/\s+/u).slice(-roleWords.length);
  if (written.length !== roleWords.length) return false;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const rest = written.slice(1).every((w, k) => same(w, roleWords[k + 1]!));
  return rest && ruAnimateAccusative(roleWords[0]!, written[0]!);
}
