/**
 * A post one is elected to, told before the verb: "Мәжіліс спикері болып 10 наурызда Ерлан Қошанов
 * сайланды" (elected as the Speaker), "партия төрағасы етіп 10 наурызда Ерлан Қошановты сайлады"
 * (made the chairman by election). The post's noun, bare or with its possessive ending, then the
 * converb "болып" or "етіп"; the clause's date, place and subject stand between it and the verb,
 * any of them, but no comma or end of sentence: past one, the post belongs to another verb.
 */
import { P, V } from './triggerPieces';

/**
 * The posts a body elects someone to, bare or possessive ("төраға", "төрағасы", "спикері",
 * "хатшысы", "көшбасшысы", "орынбасары"). Not the seats of a vote ("депутат", "әкім"): voters
 * elect those, and their cues are elections.
 */
const POST = String.raw`(?:төраға|спикер|хатшы|басшы|жетекші|көшбасшы|орынбасар)(?:сы|сі|ы|і)?`;

/** The rest of the clause before the verb: up to eight words, no comma, no full stop. */
const CLAUSE_GAP = String.raw`(?:[\p{L}\p{N}«»"“”-]+\s+){0,8}`;

export const KK_ELECTED_AS_POST = String.raw`${POST}\s+(?:болып\s+${CLAUSE_GAP}(?:қайта\s+)?${P('сайла')}|етіп\s+${CLAUSE_GAP}(?:қайта\s+)?${V('сайла')})`;
