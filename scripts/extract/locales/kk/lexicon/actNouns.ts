/** The nouns of acts that are no decree, by the act they name (events/actNamed.ts). */
import type { NamedAct } from '../../../events/actNamed';

/** An act issued, not signed: "бұйрық шығарды", "бұйрық шығарылды". */
export const KK_ACT_ISSUED = /(?<![\p{L}])шығар/iu;

export const KK_ACT_NOUNS: ReadonlyArray<readonly [NamedAct, RegExp]> = [
  ['resolution', /қаулы/iu],
  ['order', /бұйры[қғ]/iu],
  ['instruction', /өкім(?!ет)/iu],
];
