/**
 * Russian words of a merger still ahead, beside the done "объединились" and the nouns "слияние",
 * "присоединение" the merger trigger reads (triggersStateActs.ts).
 */
import { RU_INTENT } from './aheadByIntent';

/**
 * Deciding, agreeing or intending before the infinitive: "решили объединиться", "о намерении
 * слиться", "договорились объединиться" (not the bare infinitive: "призвал всех объединиться
 * вокруг" is a call to unite, no merger).
 */
const INTENDING = String.raw`${RU_INTENT}\s+`;

/**
 * A party, a bloc or a quoted name as the subject before the future: "Партии «Ак жол» и «Ауыл»
 * объединятся" (not "казахстанцы объединятся вокруг …").
 */
const PARTIES_BEFORE = String.raw`(?:парти|блок|движени|коалици)\p{L}*[^.;!?]{0,80}\s|»[^.;!?]{0,40}\s`;

/**
 * The noun "объединение" is a merger only told as announced, agreed or decided ("объявили об
 * объединении", "договорились об объединении"): alone it is also an association ("общественное
 * объединение").
 */
const TOLD_OF = String.raw`(?:объяв|заяв|договор|решени|намерени)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?об\s+(?:[\p{L}-]+(?:ом|ем|ём|ой|ей)\s+)?`;

export const RU_MERGER_AHEAD = String.raw`(?:(?<=${INTENDING})(?:объединиться|слиться)|(?<=${PARTIES_BEFORE})(?:объедин(?:ятся|ится)|соль(?:ются|[её]тся))|(?<=${TOLD_OF})объединени(?:и|я))(?![\p{L}])`;
