/**
 * Russian powers told as a rule, not an act: an imperfective present with a generic plural object
 * ("Президент подписывает законы и возвращает их в Парламент", "назначает министров и освобождает
 * их от должности", "Сенат избирает судей"). With no date in the sentence it is a competence, not
 * news (events/notAnEvent.ts), nor is any act of the same sentence ("… и возвращает их"). An object that says which ("подписывает поправки о сроке
 * полномочий", a chronicle's historical present) is an act.
 */
const L = String.raw`\p{L}`;
const START = String.raw`(?<![\p{L}])`;
const END = String.raw`(?![\p{L}])`;
/** The imperfective present, third person: "-ает/-яет/-ует", "-ают/-яют/-уют", "издаёт". */
const PRESENT = String.raw`${L}{2,}(?:[аяу]ет|[аяу]ют|а[её]т)`;
/** What a power is over, in the plural and no more said of which. */
const GENERIC = String.raw`(?:законы|законопроекты|поправки|указы|распоряжения|постановления|решения|министров|судей|акимов|послов|членов|депутатов)${END}(?!\s+(?:о|об|в|во|к|по)\s)`;

export const RU_COMPETENCE = new RegExp(String.raw`${START}${PRESENT}\s+${GENERIC}`, 'iu');
