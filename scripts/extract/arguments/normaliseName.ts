import { KK_NAME_CASE_ENDINGS } from '../locales/kk/lexicon/suffixes';
import { SURNAME_ENDING } from '../locales/kk/lexicon/names';
import { titleCase } from './recase';
import { nominativeRuName, type Gender } from './ruNameCase';
import type { Lang } from './types';

const KK_ENDINGS = [...KK_NAME_CASE_ENDINGS].sort((a, b) => b.length - a.length);

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
): string {
  const cased = recased(word);
  if (lang === 'ru') return nominativeRuName([cased], hint)[0]!;
  for (const ending of KK_ENDINGS) {
    if (!cased.endsWith(ending)) continue;
    const stem = cased.slice(0, -ending.length);
    if (stem.length < 3) continue;
    if (SURNAME_ENDING.test(stem) || (afterInitial && stem.length >= 4)) return stem;
  }
  return cased;
}

/**
 * Every word of a name in the nominative. Kazakh marks case on the last word only
 * (`Қасым-Жомарт Тоқаевты`); Russian on every word (`Касым-Жомарта Токаева` → `Касым-Жомарт Токаев`).
 */
export function nominativeName(words: readonly string[], lang: Lang, hint?: Gender): string[] {
  const cased = words.map(recased);
  if (lang === 'ru') return nominativeRuName(cased, hint);
  return [...cased.slice(0, -1), nominativeSurname(cased.at(-1) ?? '', lang)];
}
