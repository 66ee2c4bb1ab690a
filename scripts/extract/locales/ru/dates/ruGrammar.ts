import type { Grammar, TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { rubricYearTagger } from '../../common/rubricYearTagger';
import { yearListTagger } from '../../common/yearListTagger';
import { guessRuDirection } from './guessRuDirection';
import { createAnchorTest } from '../../../dates/findRegions';
import { ruCalendarTagger } from './ruCalendarTagger';
import { ruCenturyTagger } from './ruCenturyTagger';
import { ruMonthAdjectiveTagger } from './ruMonthAdjectiveTagger';
import { isRuAnchorWord, RU_ANCHOR_STEMS } from './ruLexicon';
import { ruRelativeTagger } from './ruRelativeTagger';
import { ruSpanByVerbs } from './ruSpanVerbs';

/** "два года назад", "год спустя": a duration becomes a date shifted from the DCT. */
function extendRu(tokens: readonly Token[], match: TokenMatch): TokenMatch {
  const t = tokens[match.to];
  const r = match.reading;
  if (r.kind === 'dur' && (t?.low === 'назад' || t?.low === 'спустя')) {
    const direction = t.low === 'назад' ? -1 : 1;
    return {
      from: match.from,
      to: match.to + 1,
      reading: { kind: 'shift', unit: r.unit, amount: r.amount, direction },
    };
  }
  return match;
}

/** Russian: centuries and calendar dates first (they win ties), then relative dates, durations
 * and sets. */
export const ruGrammar: Grammar = {
  taggers: [
    ruCenturyTagger,
    ruCalendarTagger,
    ruRelativeTagger,
    ruMonthAdjectiveTagger,
    rubricYearTagger,
    yearListTagger,
  ],
  isAnchor: createAnchorTest(RU_ANCHOR_STEMS, isRuAnchorWord),
  // Russian word stems are few enough to let every word through; numbers start most dates.
  mayStart: () => true,
  extend: extendRu,
  direction: guessRuDirection,
  spanByVerbs: ruSpanByVerbs,
};
