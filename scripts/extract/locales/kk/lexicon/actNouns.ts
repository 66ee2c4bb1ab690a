/** The nouns of acts that are no decree, by the act they name (events/actNamed.ts). */
import type { NamedAct } from '../../../events/actNamed';

export const KK_ACT_NOUNS: ReadonlyArray<readonly [NamedAct, RegExp]> = [
  ['resolution', /қаулы/iu],
  ['order', /бұйры[қғ]/iu],
  ['instruction', /өкім(?!ет)/iu],
];
