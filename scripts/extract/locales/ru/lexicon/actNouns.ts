/** The nouns of acts that are no decree, by the act they name (events/actNamed.ts). */
import type { NamedAct } from '../../../events/actNamed';

/** An act issued, not signed: "издал приказ", "приказ издан". */
export const RU_ACT_ISSUED = /(?<![\p{L}])изда/iu;

export const RU_ACT_NOUNS: ReadonlyArray<readonly [NamedAct, RegExp]> = [
  ['resolution', /постановлени/iu],
  ['order', /приказ/iu],
  ['instruction', /распоряжени/iu],
];
