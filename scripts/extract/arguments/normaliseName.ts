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
  if (lang === 'ru') {
    const read = nominativeRuName(cased, hint);
    // Three words with no patronymic are a foreign name of three parts (`Реджепом Тайипом
    // Эрдоганом`): a given name, then a given name and a surname.
    if (cased.length !== 3 || read.some((w, i) => w !== cased[i])) return read;
    // Each given name is read beside the surname, which settles its case and gender.
    const [a, b, surname] = cased as [string, string, string];
    return [nominativeRuName([a, surname], hint)[0]!, ...nominativeRuName([b, surname], hint)];
  }
  const last = cased.at(-1) ?? '';
  const surname = nominativeSurname(last, lang);
  // After a given name, the last word is a surname whatever its shape: the instrumental and the
  // genitive, endings no name ends in, are cut from a foreign one too (`Ердоғанмен`, `Макронның`).
  const foreign = cased.length > 1 && surname === last ? KK_FOREIGN_CASE.exec(last) : null;
  return [...cased.slice(0, -1), foreign ? last.slice(0, foreign.index) : surname];
}

const KK_FOREIGN_CASE = /(?<=\p{L}{3})(?:мен|бен|пен|ның|нің|дың|дің|тың|тің)$/u;
