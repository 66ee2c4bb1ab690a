/**
 * A post one is elected to, told first in the instrumental: "Председателем партии «Аманат» 10
 * марта избран …", "Спикером Мажилиса на сессии был избран …", "Лидером фракции делегаты избрали
 * …". The instrumental is the predicate of the verb of its own clause, so any words may stand
 * between them (the post's genitive complement, the date, the place, the subject, "был",
 * "будет"), but no comma or end of sentence: past one, the post belongs to another verb.
 */
import { T } from './triggerWords';
import { ELECT } from './verbForms';

/**
 * The posts a body elects someone to, in the instrumental, singular or plural. Not the seats of a
 * vote ("депутатом", "акимом", "сенатором"): voters elect those, and their cues are elections.
 */
const POST_INS = String.raw`(?:(?:председател|руководител|заместител|секретар)(?:ем|ём|ями)|(?:вице-)?спикер(?:ом|ами)|лидер(?:ом|ами)|глав(?:ой|ою|ами))(?![\p{L}])`;

/** The rest of the clause before the verb: up to eight words, no comma, no full stop. */
const CLAUSE_GAP = String.raw`(?:[\p{L}\p{N}«»"“”-]+\s+){0,8}`;

/** избрать, переизбрать or выбрать in any tense, voice, gender or number. */
const ELECTED = String.raw`(?:(?:пере)?${ELECT}|(?:пере)?(?:выбра|выбер)${T})`;

export const RU_ELECTED_POST_FIRST = String.raw`${POST_INS}\s+${CLAUSE_GAP}${ELECTED}`;
