/** How Kazakh writes counted quantities, for arguments/findFigures.ts. */
import type { FigureGrammar } from '../../arguments/figureGrammar';
import { isInflectionTail } from '../../arguments/suffixChain';
import {
  KK_APPROX_ENDINGS,
  KK_NUMBER_ENDINGS,
  KK_NUMBER_WORDS,
  KK_ORDINAL_ENDINGS,
} from './lexicon/numbers';
import {
  KK_EXCEED_VERBS,
  KK_QUALIFIERS_AFTER,
  KK_QUALIFIERS_BEFORE,
  KK_TIME_STEMS,
  KK_UNITS,
} from './lexicon/units';

export const KK_FIGURES: FigureGrammar = {
  digitEnding: (ending) => KK_NUMBER_ENDINGS.has(ending),
  numberWord(lower) {
    for (const [stem, value] of KK_NUMBER_WORDS) {
      if (!lower.startsWith(stem)) continue;
      const ending = lower.slice(stem.length);
      if (!KK_NUMBER_ENDINGS.has(ending)) continue;
      // `Онда` / `ондағы` are the pronoun "there", not "at ten".
      if (stem === 'он' && /^(да|дағы)$/u.test(ending)) continue;
      return { value, ending };
    }
    return null;
  },
  ordinalEnding: (ending) => KK_ORDINAL_ENDINGS.has(ending),
  approxEnding: (ending) => KK_APPROX_ENDINGS.has(ending),
  spacedThousands: false,
  unitOf(word) {
    const lower = word.toLowerCase();
    for (const [stem, unit] of KK_UNITS) {
      if (!lower.startsWith(stem)) continue;
      const tail = lower.slice(stem.length);
      // `өңірлік штаб` counts headquarters, not regions.
      if (/^(?:лық|лік|дық|дік|тық|тік)/u.test(tail)) continue;
      if (isInflectionTail(tail, 'kk')) return unit;
    }
    return null;
  },
  isTimeWord(word) {
    const lower = word.toLowerCase();
    return KK_TIME_STEMS.some(
      (stem) => lower.startsWith(stem) && isInflectionTail(lower.slice(stem.length), 'kk'),
    );
  },
  adjective: /(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ші|шы|и|лы|лі|ты|ті)$/u,
  qualifierBefore: (word) => KK_QUALIFIERS_BEFORE.get(word),
  flipsQualifier: () => false,
  qualifierAfter: (word) => KK_QUALIFIERS_AFTER.get(word),
  exceedVerbs: KK_EXCEED_VERBS,
};
