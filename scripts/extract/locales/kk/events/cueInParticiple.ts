/**
 * A Kazakh cue that is the complement of a participle before its noun ("Референдумда қабылданған
 * жаңа Конституция 1 шілдеде күшіне енеді"; "Сайлауда жеңген Тоқаев 26 қарашада ант берді"): the
 * phrase recalls what befell the noun, and a date past that noun is the main clause's, not the
 * recalled cue's (events/attributePhraseGrammar.ts).
 */
import { PARTICIPLE } from './phrase';

/**
 * The cue in the locative, the place of the participle's act ("референдумда", "сайлауда"), the
 * participle right after it (not the predicate "өткен еді", nor a pronoun, "бұған"), then at least
 * one word of its noun: the span the phrase and its noun's first word cover.
 */
const PHRASE_AND_NOUN = new RegExp(
  String.raw`^\S*(?:да|де|та|те)\s+(?!(?:бұ|о|со|мұ)ған(?![\p{L}]))${PARTICIPLE}\s+(?!(?:еді|болатын|екен|болды|жоқ)(?![\p{L}]))[\p{L}-]+(?![\p{L}])`,
  'u',
);

/** Whether the cue at `hitAt` leads a participle phrase whose noun the date at `from` comes after. */
export function kkCueInParticiplePhrase(text: string, hitAt: number, from: number): boolean {
  if (from <= hitAt) return false;
  const m = PHRASE_AND_NOUN.exec(text.slice(hitAt));
  return m !== null && hitAt + m[0].length <= from && !/[,;:]/u.test(text.slice(hitAt, hitAt + m[0].length)); // prettier-ignore
}
