/**
 * A document named with its date after "от": "Договора о союзнических отношениях от 22 декабря
 * 2022 года", "в соответствии с постановлением Правительства от 5 мая". The date is the
 * document's (the day it was signed or issued), not that of an act the sentence tells around it
 * ("Стороны обсудили выполнение Договора … от 22 декабря" is no discussion of 22 December).
 * A document the act is done by or under is the act's instrument, and its date the act's: "Указом
 * от 4 июля … назначен", "Согласно указу от 5 мая … создано министерство".
 */

/** Nouns of documents, any case: договор, соглашение, меморандум, указ, закон, постановление … */
export const DOCUMENT_STEM = String.raw`(?:договор|соглашени|меморандум|конвенци|протокол|декларац|указ|закон|кодекс|постановлени|распоряжени|приказ|решени|письм|послани|обращени)`;
const DOCUMENT = String.raw`${DOCUMENT_STEM}(\p{L}*)`;
/** The instrumental ("указом", "постановлением"): the act is done by the document. */
export const INSTRUMENTAL = /^(?:ом|ем|ой|ей|ами|ями)$/u;
/** Prepositions of acting under a document: "согласно указу", "в соответствии с законом". */
export const UNDER = /(?<![\p{L}])(?:согласно|соответствии\s+с|основании|во\s+исполнение)\s+$/iu;

/**
 * The document noun, then up to six words of its complement ("о союзнических отношениях",
 * "Президента"), then "от". The complement names no other document: the date is the nearest
 * one's ("закон о ратификации соглашения от 5 мая" dates the agreement, not the law).
 */
const DOCUMENT_THEN_OF = new RegExp(
  String.raw`(?<![\p{L}])${DOCUMENT}(?:\s+(?!${DOCUMENT_STEM})[^\s,.;:!?]+){0,6}?\s+от\s+$`,
  'iu',
);

/**
 * Where the document whose date starts at `dateStart` (an offset in `text`) is named, or -1 when
 * the date follows no document noun and "от".
 * @example documentBefore('обсудили выполнение Договора о дружбе от 5 мая', 38) // 20
 */
export function documentBefore(text: string, dateStart: number): number {
  const before = text.slice(Math.max(0, dateStart - 120), dateStart);
  const m = DOCUMENT_THEN_OF.exec(before);
  if (!m || INSTRUMENTAL.test(m[1]!) || UNDER.test(before.slice(0, m.index))) return -1;
  return dateStart - before.length + m.index;
}
