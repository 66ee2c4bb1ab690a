/**
 * A treaty's act told in a participle before the treaty ("Ташкентте қол қойылған келісімді",
 * "Ресеймен жасалған стратегиялық әріптестік туралы шартты"): Kazakh puts the attribute, and the
 * words of its own, before its noun, and the treaty's complement may stand between. The treaty was
 * signed before the sentence's own act, so the participle tells no act of that day
 * (events/treatyParticiple.ts).
 */
import type { TreatyParticiple } from '../../../events/treatyParticiple';

const TREATY = String.raw`(?:келісім|шарт|меморандум|конвенция|хаттама|декларация|пакт|хартия|мәлімдеме)`;

/**
 * A past participle ("қойылған", "жасалған", "бекітілген"), up to four words, then the treaty; not
 * "бірлескен", the adjective of a joint statement, which tells no act.
 */
const PARTICIPLE_TO_TREATY = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?!бірлес)([\p{L}\p{M}]{2,}(?:ған|ген|қан|кен))(?:\s+[^\s,.;:!?]+){0,4}?\s+(?=${TREATY})`,
  'giu',
);

/** Every participle attached to a treaty in `text`, with its phrase from the clause's start. */
export function kkTreatyParticiples(text: string): TreatyParticiple[] {
  return [...text.matchAll(PARTICIPLE_TO_TREATY)].map((m) => {
    const end = m.index + m[1]!.length;
    return {
      word: [m.index, end],
      phrase: [text.lastIndexOf(',', m.index) + 1, end],
    };
  });
}
