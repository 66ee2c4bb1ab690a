/**
 * Russian words of a law's life (signed, adopted, in force) and the names of laws and codes, keyed
 * like events/lawNames.ts. Stems take any ending: "Налоговый кодекс", "Налогового кодекса".
 */
import type { KeyedCues } from '../../../events/titleCueWords';
import type { LawStep } from '../../../events/lawNames';

// Global: every step cue of a sentence is found, and the one nearest the event's date is its step.
// prettier-ignore
export const RU_LAW_STEPS: ReadonlyArray<readonly [LawStep, RegExp]> = [
  ['in-force', /(?<!\p{L})вступ\p{L}*\s+в\s+(?:законную\s+)?силу|(?<!\p{L})введ[её]н\p{L}*\s+в\s+действие/giu],
  ['signed', /(?<!\p{L})подпис(?:ал|ан|ыва)\p{L}*/giu],
  // (The Senate "одобряет" a law the Mazhilis adopted: its approval is the law's adoption.)
  ['adopted', /(?<!\p{L})(?:принят|принял|приня|одобр(?:ил|ен|ял|и[вт]))\p{L}*/giu],
  ['returned', /(?<!\p{L})(?:вернул|возвра[щт])\p{L}*/giu],
];

// (A law's subject after "закон о …", in the prepositional case, with or without quotes.)
const LAW = String.raw`закон\p{L}*\s+(?:\p{L}+\s+)?(?:[«"]\s*)?(?:Республики\s+Казахстан\s+)?о(?:б)?\s+`;

// prettier-ignore
export const RU_LAW_NAMES: KeyedCues = [
  ['tax-code', /(?<!\p{L})налогов\p{L}*\s+кодекс|кодекс\p{L}*\s+[«"]?о\s+налогах/iu],
  ['social-code', /(?<!\p{L})социальн\p{L}*\s+кодекс/iu],
  ['land-code', /(?<!\p{L})земельн\p{L}*\s+кодекс/iu],
  ['water-code', /(?<!\p{L})водн\p{L}*\s+кодекс/iu],
  ['environmental-code', /(?<!\p{L})экологическ\p{L}*\s+кодекс/iu],
  ['budget-code', /(?<!\p{L})бюджетн\p{L}*\s+кодекс/iu],
  ['criminal-code', /(?<!\p{L})уголовн\p{L}*\s+кодекс/iu],
  ['labour-code', /(?<!\p{L})трудов\p{L}*\s+кодекс/iu],
  ['administrative-code', /(?<!\p{L})кодекс\p{L}*\s+(?:\p{L}+\s+)?об\s+административных\s+правонарушениях/iu],
  ['election-law', new RegExp(`(?<!\\p{L})${LAW}выборах`, 'iu')],
  ['parties-law', new RegExp(`(?<!\\p{L})${LAW}политических\\s+партиях`, 'iu')],
  ['assemblies-law', new RegExp(`(?<!\\p{L})${LAW}(?:(?:порядке\\s+)?(?:организации\\s+и\\s+проведения\\s+)?мирных\\s+собрани|митинг)`, 'iu')],
  ['media-law', new RegExp(`(?<!\\p{L})${LAW}(?:масс-медиа|(?:средствах\\s+)?массовой\\s+информации|СМИ)`, 'iu')],
  ['constitutional-court-law', new RegExp(`(?<!\\p{L})${LAW}Конституционном\\s+суде`, 'iu')],
  ['lobbying-law', /(?<!\p{L})лоббизм|(?<!\p{L})лоббистск/iu],
];

/**
 * What a law not in RU_LAW_NAMES is about: the first word after "закон о/об" ("закон о местном
 * самоуправлении" → "местном"), which tells two laws apart. Amending laws all start "о внесении
 * изменений", so that word tells none.
 */
export const RU_LAW_ABOUT = new RegExp(`(?<!\\p{L})${LAW}(\\p{L}+)`, 'iu');
export const RU_LAW_ABOUT_NONE = /^(?:внесени|изменени|дополнени)/iu;

/** A code in the instrumental or prepositional ("в Уголовном кодексе") is a source or place. */
export const RU_LAW_NOT_ITSELF = /^(?:ом|ым|е)$/u;

/**
 * Amendments before the name ("поправки в Налоговый кодекс", "поправки в Конституционный закон о
 * выборах", where the cue starts at "закон"): the event is the amendments.
 */
export const RU_LAW_AMENDED_BEFORE =
  /(?:поправ|изменени|дополнени)\p{L}*\s+(?:\p{L}+\s+){0,2}в\s+[«"]?(?:конституционн\p{L}*\s+)?$/iu;
