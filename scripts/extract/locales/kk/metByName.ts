/**
 * A foreign name of given names and a surname, the one met or talked with: "Тоқаев Эммануэль
 * Макронмен кездесті", "Реджеп Тайип Ердоғанмен келіссөз жүргізді". Kazakh glues the case to the
 * name's last word only, so the given names stand as written and the surname carries the
 * comitative and the meeting word after it (locales/kk/foreignMet.ts), as for a surname alone.
 * Or the subject of a visit or a meeting, in the nominative before its verb: "Эммануэль Макрон
 * Астанаға келді"; or the one received, in the accusative: "Олаф Шольцті Тоқаев қабылдады".
 */
import type { NameAround } from '../../arguments/personNameGrammar';
import { kkForeignMet } from './foreignMet';
import { FOREIGN_LETTER, KAZAKH_LETTER } from './lexicon/alphabetLetters';
import { kkNameCase } from './kkNameEndings';

/** kkNameCases' index of the accusative. */
const ACCUSATIVE = 2;

/**
 * Whether `written` is the accusative of the surname `nominative` (`Шольцті` of `Шольц`, `Рюттені`
 * of `Рютте`, `Макронды` of `Макрон`): the ending by the stem's last sound, its vowel by the name's
 * harmony (locales/kk/kkNameEndings.ts).
 */
function isAccusativeOf(written: string, nominative: string): boolean {
  const cased = kkNameCase(written);
  return cased?.index === ACCUSATIVE && cased.stem === nominative;
}

/**
 * A given name as Kazakh news writes a foreign one: a capitalised word, no case; two joined by a
 * hyphen ("Франк-Вальтер", "Жан-Ив").
 */
const GIVEN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * A Kazakh plural (`Журналистер`, `Депутаттар`, `Әкімдер`, `Сенаторлар`), unless a loan's letter
 * shows a foreign name (`Вальтер`): the suffix's consonant follows the stem's last sound, -лар/-лер
 * after a vowel and р, й, у, -дар/-дер after л, м, н, ң, з, ж, -тар/-тер after a voiceless one, so
 * `Петер`, `Питер` (-тер after a vowel) and `Гюнтер` (after н) are no plurals.
 */
const KK_PLURAL = /(?:[аәеиоөұүыіэюяруй]л[ае]р|[лмнңзж]д[ае]р|[пфкқтсшщхцчбвгд]т[ае]р)$/u;

/**
 * A finite verb of coming, going, meeting or receiving, or the visit itself ("сапармен"): its
 * subject stands right before the place or the verb ("… Астанаға келді", "… Тоқаевпен кездесті").
 */
const VISIT_VERB =
  /^(?:(?:кел|бар|кездес|сөйлес|жүздес|қабылда|аттан)(?:ді|ды|ті|ты|еді|ады|йді|йды|ген|ған|мек|мақ)|сапар\p{Ll}*)$/u;

/**
 * Whether `written` (two or three words as the text has them; `words` in the nominative) is a
 * foreign name met with: given names in the nominative, the surname in the comitative before a
 * meeting word (`around.after`); or a foreign name in the nominative, the subject of a visit or a
 * meeting (its given names in no Kazakh letters).
 */
export function kkMetByName(
  written: readonly string[],
  words: readonly string[],
  around: NameAround = {},
): boolean {
  if (written.length < 2 || written.length > 3 || words.length !== written.length) return false;
  const given = written.slice(0, -1);
  if (!given.every((g, i) => GIVEN.test(g) && g === words[i])) return false;
  // (A group before a name is no given name: "Журналистер Ержан Ахметовпен кездесті".)
  if (given.some((g) => KK_PLURAL.test(g.toLowerCase()) && !FOREIGN_LETTER.test(g))) return false;
  const after = around.after ?? [];
  if (kkForeignMet(written.at(-1)!, after) === words.at(-1)) return true;
  // (Or the one received, the surname in the accusative its last sound asks: "Олаф Шольцті
  // Тоқаев Ақордада қабылдады", "Тоқаев Эммануэль Макронды қабылдады"; the host or the verb right
  // after it, as after the subject of a visit.)
  if (
    isAccusativeOf(written.at(-1)!, words.at(-1)!) &&
    !given.some((g) => KAZAKH_LETTER.test(g)) &&
    kkVisitAfter(after)
  )
    return true;
  // (One given name, and a surname of a word's length: "Дональд Трамп Ақ үйде" names no "Ақ";
  // the place, the host or the verb right after it, no post's rest: "Малайзия Сыртқы істер".)
  return (
    written.length === 2 &&
    written[1] === words[1] &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(written[1]!) &&
    !given.some((g) => KAZAKH_LETTER.test(g)) &&
    kkVisitAfter(after)
  );
}

/**
 * Whether the words `after` a name make it the subject of a visit or a meeting: the place, the
 * host or the verb right after it, and the verb among them ("… Астанаға келді", "… Тоқаевпен
 * кездесті"; no post's rest: "Малайзия Сыртқы істер").
 */
export function kkVisitAfter(after: readonly string[]): boolean {
  return (
    (/^\p{Lu}/u.test(after[0] ?? '') || VISIT_VERB.test(after[0] ?? '')) &&
    after.some((w) => VISIT_VERB.test(w))
  );
}
