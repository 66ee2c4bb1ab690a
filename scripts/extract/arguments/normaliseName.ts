import { KK_NAME_CASE } from '../locales/kk/nameCase';
import { RU_NAME_CASE } from '../locales/ru/nameCase';
import { titleCase } from './recase';
import type { Gender } from './personGender';
import type { Lang } from './types';

/**
 * How a language puts a name it inflects back in the nominative (locales/{kk,ru}/nameCase.ts).
 * Words come re-cased (`ТОҚАЕВТЫ` → `Тоқаевты`); `hint` is the gender the text shows, if any.
 */
export interface NameCase {
  /** The nominative of a surname; `afterInitial` when an initial stands before it (`Е.Жақыпқа`). */
  surname(word: string, afterInitial: boolean, hint?: Gender, before?: WordBefore): string;
  /** Every word of a name in the nominative. */
  name(words: readonly string[], hint?: Gender, before?: WordBefore): string[];
}

/**
 * The word right before a name and the text of its sentence before that word: what may govern the
 * name's case (`наградил Лейлу Искакову`, `к Ерлану Кошанову`), where the language declines names.
 */
export interface WordBefore {
  word: string;
  sentence: string;
}

const NAME_CASE: Record<Lang, NameCase> = { kk: KK_NAME_CASE, ru: RU_NAME_CASE };

function recased(word: string): string {
  return word === word.toUpperCase() ? titleCase(word) : word;
}

/**
 * The nominative of the last word of a name: `Тоқаевты` → `Тоқаев`, `Нұрбекте` → `Нұрбек`,
 * `Токаеву` → `Токаев`. A Kazakh ending is only cut when what remains still looks like a surname
 * (or after an initial, `Е.Жақыпқа`), so `Жалелова` or `Қуанышқызы` stay whole; a Russian one by
 * the declension of Russian surnames (`Назарбаевой` → `Назарбаева`).
 */
export function nominativeSurname(
  word: string,
  lang: Lang,
  afterInitial = false,
  hint?: Gender,
  before?: WordBefore,
): string {
  return NAME_CASE[lang].surname(recased(word), afterInitial, hint, before);
}

/**
 * Every word of a name in the nominative. Kazakh marks case on the last word only
 * (`Қасым-Жомарт Тоқаевты`); Russian on every word (`Касым-Жомарта Токаева` → `Касым-Жомарт Токаев`).
 */
export function nominativeName(
  words: readonly string[],
  lang: Lang,
  hint?: Gender,
  before?: WordBefore,
): string[] {
  return NAME_CASE[lang].name(words.map(recased), hint, before);
}
