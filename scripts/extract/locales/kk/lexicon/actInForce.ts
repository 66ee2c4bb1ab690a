/**
 * Kazakh words of an act coming into force (events/actInForce.ts): "Үкімет қаулысы күшіне енді",
 * "Үкіметтің қаулысы 10 наурыздан бастап күшіне енеді", "Президент Жарлығы күшіне енбек". The act
 * is their subject (its possessive or bare form), with up to six words between that name no law
 * and close no phrase ("Жарлыққа сәйкес заң күшіне енді" is the law's); the Government before it.
 */
import type { ActInForceCues } from '../../../events/actInForce';

const GAP = String.raw`\s+(?:(?!заң|кодекс|түзету|өзгеріс|бойынша|сәйкес|негізінде)[\p{L}\p{N}«»"“”.-]+\s+){0,6}$`;
const GOVERNMENT = String.raw`(?:Үкімет(?:тің)?\s+)?`;

export const KK_ACT_IN_FORCE: ActInForceCues = {
  inForce: /(?<![\p{L}])күшіне\s+(?:[\p{L}\p{N}-]+\s+){0,4}?ен(?!гіз)\p{L}*/giu,
  acts: [
    ['decree', new RegExp(String.raw`${GOVERNMENT}(?<![\p{L}])жарлы(?:қ|ғы)${GAP}`, 'iu')],
    ['resolution', new RegExp(String.raw`${GOVERNMENT}(?<![\p{L}])қаулы(?:сы)?${GAP}`, 'iu')],
    ['order', new RegExp(String.raw`${GOVERNMENT}(?<![\p{L}])өкім(?:і)?${GAP}`, 'iu')],
  ],
  government: /(?<![\p{L}])Үкімет/iu,
};
