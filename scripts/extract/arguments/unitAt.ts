import { KK_TIME_STEMS, KK_UNITS } from '../locales/kk/lexicon/units';
import { RU_TIME_STEMS, RU_UNITS } from '../locales/ru/lexicon/units';
import { isInflectionTail } from './suffixChain';
import type { Lang } from './types';

/** Adjectival endings: `өңірлік штаб` counts headquarters, not regions. */
const KK_ADJECTIVE = /(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ші|шы|и|лы|лі|ты|ті)$/u;
const RU_ADJECTIVE = /(?:ых|их|ые|ие|ый|ий|ой|ая|ое|ого|его|ым|им|ыми|ими)$/u;

/** The unit key a word names (`адамды` → people, `мероприятий` → events), or null. */
export function unitOf(word: string, lang: Lang): string | null {
  const lower = word.toLowerCase();
  if (lang === 'ru') {
    for (const [stem, unit] of RU_UNITS) {
      if (lower.startsWith(stem) && lower.length - stem.length <= 4) return unit;
    }
    return null;
  }
  for (const [stem, unit] of KK_UNITS) {
    if (!lower.startsWith(stem)) continue;
    const tail = lower.slice(stem.length);
    if (/^(?:лық|лік|дық|дік|тық|тік)/u.test(tail)) continue;
    if (isInflectionTail(tail, 'kk')) return unit;
  }
  return null;
}

/** A word that may stand between a number and its unit (`5 жетекші саяси партия`). */
export function isModifier(word: string, lang: Lang): boolean {
  if (!/^\p{Ll}[\p{L}-]*$/u.test(word) || isTimeWord(word, lang)) return false;
  return (lang === 'kk' ? KK_ADJECTIVE : RU_ADJECTIVE).test(word);
}

/** Years, months, durations: `2022 жылы`, `20 қарашада`, `23 жыл`, `1 айда`. */
export function isTimeWord(word: string, lang: Lang): boolean {
  const lower = word.toLowerCase();
  const stems = lang === 'kk' ? KK_TIME_STEMS : RU_TIME_STEMS;
  return stems.some(
    (stem) =>
      lower.startsWith(stem) && (lang === 'ru' || isInflectionTail(lower.slice(stem.length), 'kk')),
  );
}
