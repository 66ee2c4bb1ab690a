/**
 * Kazakh cues of who met whom (events/meetingSides.ts): the one met is in the instrumental
 * ("Путинмен", "Мирзиёевпен", "Ердоғанмен"), the one received in the accusative ("Қошановты
 * қабылдады"); the host is in the nominative. The head of state named by his post alone, as the
 * sentence's subject ("Мемлекет басшысы … кездесті").
 */
import type { MeetingSideCues } from '../../../events/meetingSides';

export const KK_MEETING_SIDES: MeetingSideCues = {
  // (The suffix glued to the nominative surname.)
  withSuffix: /^(?:мен|бен|пен)$/u,
  objectSuffix: /^(?:ны|ні|ты|ті|ды|ді|н)$/u,
  withBefore: undefined,
  // In any case of letter ("мемлекет басшысы", "президент"), or Kazakhstan's by its possessive
  // ("Қазақстан Президенті", "Қазақстан басшысы"); not a former one ("бұрынғы президент").
  headOfState:
    /(?<![\p{L}])(?<!(?:[Бб]ұрынғы|[Ээ]кс-)\s*)(?:[Мм]емлекет\s+басшысы|[Пп]резидент|(?<=Қазақстан(?:\s+Республикасының)?\s+)(?:[Пп]резиденті|[Бб]асшысы|[Кк]өшбасшысы)|Елбасы)(?![\p{L}])/u,
  // "Германияға", "Қытайға", "Ресейге"; "Германияда" (on a visit in).
  toSuffix: /^(?:ға|ге|қа|ке|а|е|на|не|да|де|та|те|нда|нде)$/u,
  toBefore: undefined,
};
