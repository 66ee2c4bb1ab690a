/**
 * A mandate ended by others, in Russian: powers terminated, told in the passive ("полномочия
 * депутата Аскара Омарова досрочно прекращены", "досрочно прекращены полномочия депутата"), by a
 * body over someone's ("ЦИК прекратил полномочия депутата"), or a mandate taken away ("лишён
 * депутатского мандата", "лишили мандата", "лишена полномочий"). Every gender and number. Not a
 * resignation: the holder did not lay it down. Powers ended at one's own request ("по собственному
 * желанию") stay a resignation (notBefore/notAfter in the trigger).
 */
import { GAP, T } from './triggerWords';

/** Passive participles of "прекратить", short and long: прекращены, прекращено, прекращённые. */
const ENDED = String.raw`прекращ[её]н(?:[аоы]?|н(?:ые|ых|ым|ая|ой|ое|ого|ому|ую))(?![\p{L}])`;
/** Whose: the holder's post in the genitive after "полномочия" ("депутата", "акима", "судьи"). */
const HOLDER = String.raw`(?:депутат|сенатор|член|аким|судь|председател|маслихат)${T}`;
const DEPRIVED = String.raw`(?:лиш[её]н[аоы]?|лишил[аи]?|лишат|лишит|лишить|лишени${T})`;

export const RU_MANDATE_ENDED = String.raw`(?:полномочи${T}\s+${GAP(6)}${ENDED}|(?:досрочно\s+)?${ENDED}\s+(?:депутатск${T}\s+)?полномочи${T}|прекрат(?:ил|ила|ило|или|ит|ят)\s+(?:досрочно\s+)?полномочия\s+${HOLDER}|${DEPRIVED}\s+${GAP(2)}(?:депутатск${T}\s+)?(?:мандат|полномочи)${T})`;
/** At one's own request, told before or after the cue. */
export const RU_OWN_WILL = String.raw`(?:по\s+(?:(?:его|её|ее|их)\s+)?(?:собственному\s+желанию|(?:сво|личн)\p{L}*\s+(?:просьбе|заявлению)|собственной\s+инициативе))`;
/**
 * The resignation's own cue: powers laid down in the active ("досрочно прекратил полномочия", not
 * over someone's: "прекратил полномочия депутата"), the noun ("о прекращении полномочий"), or the
 * passive at one's own request ("полномочия прекращены по собственному желанию").
 */
export const RU_POWERS_LAID_DOWN = String.raw`(?:прекрат${T}\s+${GAP(2)}полномочи(?:я|й|ям|ями|ях)?(?![\p{L}])(?!\s+${HOLDER})|прекращени${T}\s+${GAP(2)}полномочи${T}|полномочи${T}\s+${GAP(2)}прекратил${T}|(?:${ENDED}\s+${GAP(2)}полномочи${T}|полномочи${T}\s+${GAP(6)}${ENDED})(?=\s+${GAP(3)}${RU_OWN_WILL}))`;
