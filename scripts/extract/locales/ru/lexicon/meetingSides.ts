/**
 * Russian cues of who met whom (events/meetingSides.ts): the one met follows "с"/"со", up to five
 * words of post before the name ("с Президентом Узбекистана Шавкатом Мирзиёевым"), the name in the
 * instrumental; the one received is the object ("принял Ерлана Кошанова"); the host is in the
 * nominative. The head of state named by his post alone, as the subject ("Глава государства").
 */
import type { MeetingSideCues } from '../../../events/meetingSides';
import { ruPostInAccusative } from '../postObjectCase';

export const RU_MEETING_SIDES: MeetingSideCues = {
  // (An instrumental ending of the written surname: "Мирзиёевым", "Эрдоганом", "Сатыбалдиевой".)
  withSuffix: /(?:ым|им|ом|ем|ой|ей|ёй|ою|ею)$/u,
  objectSuffix: undefined,
  withBefore: /(?<![\p{L}])(?:с|со)\s+(?:[\p{L}-]+\s+){0,5}$/iu,
  // In any case of letter ("глава государства", "казахстанский президент", "казахстанский лидер",
  // "лидер Казахстана"); not a former one, nor
  // the president of a company or a body named after the post ("президент компании").
  headOfState:
    /(?<![\p{L}-])(?<!(?:бывш|прежн)\p{L}*\s+)(?:глава\s+(?:нашего\s+)?государства|президент|казахстанск\p{L}+\s+лидер\p{L}*|лидер\p{L}*\s+Казахстана)(?![\p{L}-])(?!\s+(?:компани|корпораци|федераци|ассоциаци|конфедераци|банк|фонд|клуб|союз|палат|академи|университет|холдинг|групп|обществ|лиг|объединени|ассамбле|концерн|агентств|организаци|биржи)\p{L}*)/iu,
  toSuffix: undefined,
  // "в Германию", "во Францию", "посетил Германию", "посещение Китая".
  toBefore: /(?:(?<![\p{L}])(?:в|во)|посет\p{L}*|посещени\p{L}*)\s+$/iu,
  postOfObject: ruPostInAccusative,
};
