import { KK_NAME_CASE_ENDINGS } from '../locales/kk/lexicon/suffixes';
import { RU_SURNAME_CASE_ENDINGS } from '../locales/ru/lexicon/suffixes';
import { SURNAME_ENDING } from '../locales/kk/lexicon/names';
import { titleCase } from './recase';
import type { Lang } from './types';

const KK_ENDINGS = [...KK_NAME_CASE_ENDINGS].sort((a, b) => b.length - a.length);

/**
 * The nominative of the last word of a name: `Тоқаевты` → `Тоқаев`, `Нұрбекте` → `Нұрбек`,
 * `Токаеву` → `Токаев`. An ending is only cut when what remains still looks like a surname
 * (or after an initial, `Е.Жақыпқа`), so `Жалелова` or `Қуанышқызы` stay whole.
 */
export function nominativeSurname(word: string, lang: Lang, afterInitial = false): string {
  const cased = word === word.toUpperCase() ? titleCase(word) : word;
  const endings = lang === 'kk' ? KK_ENDINGS : RU_SURNAME_CASE_ENDINGS;
  for (const ending of endings) {
    if (!cased.endsWith(ending)) continue;
    const stem = cased.slice(0, -ending.length);
    if (stem.length < 3) continue;
    if (lang === 'ru' && !/(?:ов|ев|ёв|ин)$/u.test(stem)) continue;
    if (SURNAME_ENDING.test(stem) || (afterInitial && stem.length >= 4)) return stem;
  }
  return cased;
}
