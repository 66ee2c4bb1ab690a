/** Russian words of ratifying, denouncing and of the treaties acted on (events/ratifiedTreaty.ts). */
import type { TreatyWords } from '../../../events/ratifiedTreaty';

export const RU_TREATIES: TreatyWords = {
  // ("ратифицировал", "ратифицирует", "о ратификации", "ратификацию".)
  ratifying: /ратифи/iu,
  // ("денонсировал", "денонсирует", "о денонсации", "денонсацию".)
  denouncing: /денонс/iu,
  // A treaty's noun in any case and number; not the verb "договорились" (agreed).
  kinds: [
    ['agreement', /(?<![\p{L}])соглашени\p{L}*/giu],
    ['treaty', /(?<![\p{L}])договор(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![\p{L}])/giu],
    ['convention', /(?<![\p{L}])конвенци\p{L}*/giu],
    ['protocol', /(?<![\p{L}])протокол\p{L}*/giu],
    ['memorandum', /(?<![\p{L}])меморандум\p{L}*/giu],
  ],
  // The object follows the verb or "ратификации" / "денонсации" ("ратифицировал протокол о внесении изменений в
  // соглашение"): the first named after ratifying, else the first ("Соглашение Сенат ратифицировал").
  object: (named, at) => (named.find((n) => n.at > at) ?? named[0])?.kind,
};
