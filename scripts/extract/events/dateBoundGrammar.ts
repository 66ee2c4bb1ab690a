/**
 * What a locale tells of the bounds a sentence puts on an act's time without dating it: "после
 * выборов 19 марта 2023 года", "2023 жылғы 19 наурыздағы сайлаудан кейін" (not before that day),
 * "до 2025 года", "2025 жылға дейін" (not after it). The phrases are each language's
 * (locales/<lang>/events/dateBound.ts); events/dateBounds.ts reads their dates.
 */

export interface BoundPhrase {
  /** The phrase, from its first word to its last (the preposition or the postposition). */
  from: number;
  to: number;
  /** The act comes after the date the phrase names ("после", "кейін") or before it ("до", "дейін"). */
  side: 'after' | 'before';
}

export interface DateBoundGrammar {
  /** A cheap test: whether the sentence holds a bounding word at all. */
  cue: RegExp;
  /** The sentence's bounding phrases. */
  phrases(sentence: string): BoundPhrase[];
  /** Which of the phrase's dates is the one it names: Russian puts it after the noun, Kazakh before. */
  dateFirst: boolean;
  /** Whether a date in the phrase is the one it bounds by (not the act's own or a span counted). */
  ofPhrase(dateText: string, phrase: string, dateEnd: number): boolean;
}
