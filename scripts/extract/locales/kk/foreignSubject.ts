/**
 * A foreign surname alone, the subject of a visit or a meeting: "Макрон Астанаға келді", "Ердоған
 * Тоқаевпен кездесті", "Шольц Ақордаға барды". Kazakh verbs have no gender to tell a person (the
 * Russian reading asks the verb, arguments/loneSurname.ts), so the word itself must be a foreign
 * surname's, in the shape the comitative reading knows (locales/kk/foreignMet.ts: -ан, -он, -ен,
 * -эн, -ц), and a loan's: a letter Kazakh roots do not have (`Эрдоған`, `Шольц`), or о, ө past
 * the first syllable, where Kazakh harmony puts neither in a root (`Макрон`, `Ердоған`, `Рахмон`;
 * not the Kazakh given names `Ерлан`, `Нұрлан`, `Арман`, nor one compounded with "бол", `Бекболған`). In the nominative (no ablative or
 * comitative glued on: `Мәскеуден`), no listed given name (`Иван`, `Антон`), no noun of that
 * shape (`Стадион`), and the place, the one met or the verb right after it, a verb of coming or
 * meeting among them (locales/kk/metByName.ts), or the one met and a word of meeting or talking
 * ("Ердоған Тоқаевпен телефон арқылы сөйлесті", locales/kk/foreignMet.ts).
 */
import { listedGivenGender } from '../../arguments/givenNamePair';
import { KK_MEETING_WORD, KK_NOT_FOREIGN_SURNAME } from './foreignMet';
import { kkVisitAfter } from './metByName';

/** Vowels, either case: a loan's о, ө is one after the first of them. */
const V = 'аәеиоөуұүыіэюяёАӘЕИОӨУҰҮЫІЭЮЯЁ';

/**
 * A foreign surname's word, as a pattern the visit cue reads too (locales/kk/events/travelledTo.ts):
 * a loan's letter or о, ө after the first vowel ("бол" apart), the shape, and no ablative or
 * comitative ending it (`Ресейден`, `Тоқаевпен`), which end so on any stem.
 */
export const KK_FOREIGN_SURNAME = String.raw`(?=\p{L}*[ьъэцфвщчёЭЦФВЩЧЁ]|[^\P{L}${V}]*[${V}]\p{L}*[оө])(?!\p{L}*бол)\p{Lu}\p{Ll}{2,}(?:[аоеэ]н|ц)(?<![дтн][ае]н|[мбп]ен)(?![\p{L}-])`;
const FOREIGN_SURNAME = new RegExp(`^${KK_FOREIGN_SURNAME}$`, 'u');

/** Whether a nominative capitalised word is a foreign surname by its shape and letters (above). */
export function kkForeignSurname(word: string): boolean {
  if (!FOREIGN_SURNAME.test(word)) return false;
  return !KK_NOT_FOREIGN_SURNAME.test(word) && listedGivenGender(word) === undefined;
}

/**
 * Whether a lone word, `written` as the text has it and `words` its nominative, is a foreign
 * surname, the subject of the visit or the meeting in the words `after` it.
 */
export function kkForeignSubject(
  written: readonly string[],
  words: readonly string[],
  after: readonly string[],
): boolean {
  return (
    written.length === 1 &&
    written[0] === words[0] &&
    kkForeignSurname(written[0]!) &&
    (kkVisitAfter(after) ||
      (/^\p{Lu}/u.test(after[0] ?? '') && after.some((w) => KK_MEETING_WORD.test(w))))
  );
}
