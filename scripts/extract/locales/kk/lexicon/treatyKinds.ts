/** Kazakh words of ratifying, denouncing and of the treaties acted on (events/ratifiedTreaty.ts). */
import type { TreatyWords } from '../../../events/ratifiedTreaty';

/** The accusative, plain or after a possessive: "келісімді", "шартты", "хаттамасын", "келісімдерін". */
const ACCUSATIVE = /(?:ды|ді|ты|ті|ны|ні|н)$/u;

export const KK_TREATIES: TreatyWords = {
  // ("ратификациялады", "ратификацияламақ", "ратификациялау туралы заң".)
  ratifying: /ратификация/iu,
  // ("денонсациялады", "денонсациялау туралы заң"; a treaty's force ended, "келісімнің күшін
  // жойды", "шарттың күші жойылды", "күшін жою туралы заң", is its denunciation too.)
  denouncing: /денонсация|(?<![\p{L}])күш(?:ін|і)\s+жо[йюя]/iu,
  // A treaty's noun, the whole word: a contract ("келісімшарт") is an agreement.
  kinds: [
    ['agreement', /(?<![\p{L}])келісім\p{L}*/giu],
    ['treaty', /(?<![\p{L}])шарт\p{L}*/giu],
    ['convention', /(?<![\p{L}])конвенция\p{L}*/giu],
    ['protocol', /(?<![\p{L}])хаттама\p{L}*/giu],
    ['memorandum', /(?<![\p{L}])меморандум\p{L}*/giu],
  ],
  // The object comes before the verb, in the accusative (in the genitive before "күшін жойды"): the
  // accusative nearest before the acting word ("келісімге өзгерістер енгізу туралы хаттаманы
  // ратификациялады"), else the nearest before, else the first.
  object(named, at) {
    const before = named.filter((n) => n.at < at);
    const object = before.filter((n) => ACCUSATIVE.test(n.word)).at(-1) ?? before.at(-1);
    return (object ?? named[0])?.kind;
  },
};
