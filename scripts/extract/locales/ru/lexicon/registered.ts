/**
 * Russian cues of what a registration registers (events/registered.ts): the genitive or the
 * object after it ("регистрация партийных списков", "зарегистрировала партийные списки"), or the
 * subject of a participle before it ("Партия Baytaq, зарегистрированная"). A threshold ("порог для
 * регистрации партий") registers nothing; a refusal ("отказал в регистрации") is told as refused.
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
  // "отказал в регистрации", "отказано в регистрации", "отказ в регистрации".
  refused: /(?<![\p{L}])отказ\p{L}*/iu,
  // (A registration named as a purpose or a threshold: "порог для регистрации".)
  purpose: /порог|(?<![\p{L}])для\s+регистрац/iu,
};
