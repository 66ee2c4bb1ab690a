/**
 * The Kazakh finite future that closes a clause: the intention -мақ/-мек/-бақ/-бек/-пақ/-пек
 * (with -шы/-ші and a person ending: "ратификацияламақ", "қабылдамақшы", "өткізбекпіз") or the
 * analytic future, a participle in -атын/-етін/-йтын/-йтін with "болады" ("қабылдайтын болады").
 * Kazakh is verb-final: the verb closing the clause is its tense, and a noun in the accusative
 * before it ("шарт-ты", "заң-ды", "съез-ді") only has the shape of a simple past. The present-future
 * (-а/-е/-й + ды/ді) is not among them: a lead tells the day's news in it ("ОСК қорытындыларын
 * жариялайды"), and its forms are the vowel stems' pasts' look-alikes; save a journey's (JOURNEY).
 */
import { KK_INTENTION_WORD } from '../intentionForm';
import { withExplicitClasses } from '../../../letterClasses';
import type { Test } from '../../../wordwise';

const L = String.raw`[\p{L}\p{M}]`;
const START = String.raw`(?<![\p{L}\p{M}])`;
const END = String.raw`(?![\p{L}\p{M}])`;
/** (Its suffix agreeing with a verb's stem: "Нұрбек", "Сейітбек" are names; intentionForm.ts.) */
const INTENTION = KK_INTENTION_WORD;
const ANALYTIC = String.raw`${L}{2,}(?:атын|етін|йтын|йтін)\s+болады`;
/**
 * A journey's present-future closing the clause ("Макрон Қазақстанға келеді", "Тоқаев Мәскеуге
 * ұшып барады"): an intransitive verb of motion, which tells a trip ahead as "сайлау өтеді" tells
 * a vote ahead; not the auxiliary after another verb's converb ("басқарып келеді", has been leading).
 */
const JOURNEY = String.raw`(?:(?:ұшып|барып|келіп|аттанып)\s+|(?<![\p{L}\p{M}]п\s+))(?:келеді|барады|ұшады|аттанады)`;

const CLOSING = withExplicitClasses(
  new RegExp(String.raw`${START}(?:${INTENTION}|${ANALYTIC}|${JOURNEY})${END}[\s.!?»"”)]*$`, 'iu'),
);
/** A letter as CLOSING's guards read one. */
const LETTER = withExplicitClasses(/^[\p{L}\p{M}]$/iu);

/**
 * Where the text's second-to-last word starts (0 when it has fewer words): every closing future
 * is one word or two and a lookbehind into the word before, so the text from there holds it
 * exactly when the whole text does.
 */
function lastTwoWords(text: string): number {
  let i = text.length;
  const letterBefore = () => LETTER.test(charBefore(text, i));
  for (let word = 0; word < 2; word++) {
    while (i > 0 && !letterBefore()) i -= charBefore(text, i).length;
    while (i > 0 && letterBefore()) i -= charBefore(text, i).length;
  }
  return i;
}

/** The character (code point, as the pattern reads one) that ends at `i`. */
function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  return i >= 2 && low >= 0xdc00 && low <= 0xdfff ? text.slice(i - 2, i) : text.charAt(i - 1);
}

/**
 * Tested on the trigger's own clause: its last word (or two) ends it, before the full stop. (Read
 * from its last two words: the pattern, unanchored at its start, tried every word of the clause.)
 */
export const KK_CLOSING_FUTURE: Test = {
  test: (text) => CLOSING.test(text.slice(lastTwoWords(text))),
};
