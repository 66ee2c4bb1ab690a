/**
 * Russian cues of who met whom (events/meetingSides.ts): the one met follows "с"/"со", up to five
 * words of post before the name ("с Президентом Узбекистана Шавкатом Мирзиёевым"), the name in the
 * instrumental; the one received is the object ("принял Ерлана Кошанова"); the host is in the
 * nominative. The head of state named by his post alone, as the subject ("Глава государства").
 */
import type { MeetingSideCues } from '../../../events/meetingSides';

export const RU_MEETING_SIDES: MeetingSideCues = {
  // (An instrumental ending of the written surname: "Мирзиёевым", "Эрдоганом", "Сатыбалдиевой".)
  withSuffix: /(?:ым|им|ом|ем|ой|ей|ёй|ою|ею)$/u,
  objectSuffix: undefined,
  withBefore: /(?<![\p{L}])(?:с|со)\s+(?:[\p{L}-]+\s+){0,5}$/iu,
  headOfState: /(?<![\p{L}])(?:Глава\s+государства|Президент)(?![\p{L}])/u,
  toSuffix: undefined,
  // "в Германию", "во Францию", "посетил Германию", "посещение Китая".
  toBefore: /(?:(?<![\p{L}])(?:в|во)|посет\p{L}*|посещени\p{L}*)\s+$/iu,
};
