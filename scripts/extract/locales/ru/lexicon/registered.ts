/**
 * Russian cues of what a registration registers (events/registered.ts): the genitive or the
 * object after it ("регистрация партийных списков", "зарегистрировала партийные списки"), or the
 * subject of a participle before it ("Партия Baytaq, зарегистрированная"). A refusal ("отказал в
 * регистрации") or a threshold ("порог для регистрации партий") registers nothing.
 */
import type { RegisteredCues } from '../../../events/registered';

export const RU_REGISTERED: RegisteredCues = {
  verb: /регистр/iu,
  what: [
    ['lists', /партийн\p{L}*\s+спис/iu],
    ['candidates', /кандидат/iu],
    ['results', /(?:итог|результат)/iu],
    ['deputies', /депутат/iu],
    ['party', /парти/iu],
  ],
  before: true,
  // (A registration refused, or named as a purpose or a threshold: "порог для регистрации".)
  refused: /отказ|порог|(?<![\p{L}])для\s+регистрац/iu,
};
