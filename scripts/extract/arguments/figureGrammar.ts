/**
 * What findFigures asks of a language about counted quantities. Each locale answers in its own
 * folder (locales/kk/figures.ts, locales/ru/figures.ts); reading the number and its unit is shared.
 */
import { KK_FIGURES } from '../locales/kk/figures';
import { RU_FIGURES } from '../locales/ru/figures';
import type { Lang, Qualifier } from './types';

export interface FigureGrammar {
  /** An ending written after digits that still leaves a count (`399-ға`), not a rank. */
  digitEnding(ending: string): boolean;
  /** A number word, lower-cased, as its value and the case ending it carries (`мыңға`). */
  numberWord(lower: string): { value: number; ending: string } | null;
  /** The ending makes the number a rank (`екінші`), not a count. */
  ordinalEnding(ending: string): boolean;
  /** The ending itself says "about" (`мыңдай`). */
  approxEnding(ending: string): boolean;
  /** Thousands may be written with a space: `1 500 человек`. */
  spacedThousands: boolean;
  /** The unit key a word names (`адамды` → people, `мероприятий` → events), or null. */
  unitOf(word: string): string | null;
  /** Years, months, durations: `2022 жылы`, `20 қарашада`, `23 жыл`, `1 айда`. */
  isTimeWord(word: string): boolean;
  /** An adjective that may stand between a number and its unit (`5 жетекші саяси партия`). */
  adjective: RegExp;
  /** A qualifier word right before the number (`около`, `шамамен`). */
  qualifierBefore(word: string): Qualifier | undefined;
  /** A negation before that qualifier flips it: `не менее 100` is at least 100. */
  flipsQualifier(word: string): boolean;
  /** A qualifier word right after the number (`399-ға жуық`). */
  qualifierAfter(word: string): Qualifier | undefined;
  /** Verbs that make a bare total a figure: `1,5 млн-нан асады`. */
  exceedVerbs: readonly string[];
}

export const FIGURES: Record<Lang, FigureGrammar> = { kk: KK_FIGURES, ru: RU_FIGURES };
