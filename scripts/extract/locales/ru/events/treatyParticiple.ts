/**
 * A treaty's act told in a passive participle attached to the treaty ("соглашение, подписанное в
 * Ташкенте", "договора, заключённого с Россией", "ранее подписанный в Ташкенте договор"): the
 * treaty was signed before the sentence's own act, so the participle tells no act of that day
 * (events/treatyParticiple.ts).
 */
import type { TreatyParticiple } from '../../../events/treatyParticiple';

const TREATY = String.raw`(?:договор|соглашени|меморандум|конвенци|протокол|декларац)\p{L}*`;

/**
 * A full passive participle, any gender, number and case: "подписанное", "заключённого",
 * "принятый", "достигнутых", "ратифицированного"; not an adjective in "-ственн-"
 * ("межгосударственное").
 */
const PARTICIPLE = String.raw`\p{L}{2,}(?<!ств)(?:анн|янн|енн|ённ|ит|ыт|ят|ут)(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ыми|ом)(?![\p{L}])`;

/** The treaty, up to six words of its complement, the comma, then the participle's phrase. */
const AFTER = new RegExp(
  String.raw`(?<![\p{L}])${TREATY}(?:\s+[^\s,.;:!?]+){0,6}?\s*(,)\s*(?:(?:ранее|ещ[её]|уже|совместно)\s+)?(${PARTICIPLE})[^,;:!?]*`,
  'giu',
);

/** The participle, up to four words of its own, then the treaty it stands before. */
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${PARTICIPLE})(?:\s+[^\s,.;:!?]+){0,4}?\s+(?=${TREATY})`,
  'giu',
);

/** Every participle attached to a treaty in `text`, with the phrase it opens. */
export function ruTreatyParticiples(text: string): TreatyParticiple[] {
  const out: TreatyParticiple[] = [];
  for (const m of text.matchAll(AFTER)) {
    const comma = m.index + m[0].indexOf(',');
    const word = m.index + m[0].indexOf(m[2]!, comma - m.index);
    out.push({ word: [word, word + m[2]!.length], phrase: [comma, m.index + m[0].length] });
  }
  for (const m of text.matchAll(BEFORE)) {
    out.push({ word: [m.index, m.index + m[1]!.length], phrase: [m.index, m.index + m[0].length] });
  }
  return out;
}
