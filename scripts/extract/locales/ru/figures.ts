/** How Russian writes counted quantities, for arguments/findFigures.ts. */
import type { FigureGrammar } from '../../arguments/figureGrammar';
import { RU_NUMBER_WORDS } from './lexicon/numbers';
import { RU_EXCEED_VERBS, RU_QUALIFIERS_BEFORE, RU_TIME_STEMS, RU_UNITS } from './lexicon/units';

export const RU_FIGURES: FigureGrammar = {
  // Russian writes no ending after digits that leaves a count (`5-й` is a rank).
  digitEnding: () => false,
  numberWord(lower) {
    const value = RU_NUMBER_WORDS.get(lower);
    return value === undefined ? null : { value, ending: '' };
  },
  ordinalEnding: () => false,
  approxEnding: () => false,
  spacedThousands: true,
  unitOf(word) {
    const lower = word.toLowerCase();
    // A stem and at most a case ending: `мероприяти|й`, `человек|а`.
    for (const [stem, unit] of RU_UNITS)
      if (lower.startsWith(stem) && lower.length - stem.length <= 4) return unit;
    return null;
  },
  isTimeWord: (word) => RU_TIME_STEMS.some((stem) => word.toLowerCase().startsWith(stem)),
  adjective: /(?:ых|их|ые|ие|ый|ий|ой|ая|ое|ого|его|ым|им|ыми|ими)$/u,
  qualifierBefore: (word) => RU_QUALIFIERS_BEFORE.get(word),
  flipsQualifier: (word) => word === 'не',
  qualifierAfter: () => undefined,
  exceedVerbs: RU_EXCEED_VERBS,
};
