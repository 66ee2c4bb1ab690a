/**
 * A document described by a participle phrase set off after it: "ратифицировал соглашение между
 * Казахстаном и Узбекистаном, подписанное 5 мая", "закон о ратификации договора, заключённого в
 * 2024 году". A date in the phrase is the document's (the day it was signed or concluded), not that
 * of an act told by a cue before the document, as one after its "от" is (documentOfDate.ts). A
 * document the act is done by or under keeps its day for the act: "Указом, подписанным 4 июля, …
 * назначен", "согласно закону, принятому 5 мая, …".
 */
import { DOCUMENT_STEM, INSTRUMENTAL, UNDER } from './documentOfDate';

/** A full participle, any gender, number and case: "подписанное", "заключённого", "принятым". */
const PARTICIPLE = String.raw`\p{L}+(?:нн|вш|[её]дш|ющ|ащ|ящ|(?:ня|ча|ы|и)т)(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ой|ей|ому|ему|ым|им|ых|их|ую|юю|ыми|ими|ом|ем)(?:ся|сь)?`;

/** The comma opening the phrase, a participle (after "ранее", "ещё"), then the phrase up to the date. */
const PHRASE_TO_DATE = new RegExp(
  String.raw`,\s*(?:(?:ранее|ещ[её]|уже|совместно)\s+)?${PARTICIPLE}(?![\p{L}])[^,;:!?]*$`,
  'iu',
);

/** The document noun, then up to six words of its complement, then the phrase's comma. */
const DOCUMENT_BEFORE_COMMA = new RegExp(
  String.raw`(?<![\p{L}])${DOCUMENT_STEM}(\p{L}*)(?:\s+(?!${DOCUMENT_STEM})[^\s,.;:!?]+){0,6}?\s*$`,
  'iu',
);

/**
 * Where the document whose participle phrase holds the date starting at `dateStart` (an offset in
 * `text`) is named, or -1 when the date is in no such phrase.
 * @example documentOfParticiple('ратифицировал соглашение, подписанное 5 мая', 38) // 14
 */
export function documentOfParticiple(text: string, dateStart: number): number {
  const before = text.slice(Math.max(0, dateStart - 200), dateStart);
  const phrase = PHRASE_TO_DATE.exec(before);
  if (!phrase) return -1;
  const head = before.slice(0, phrase.index);
  const m = DOCUMENT_BEFORE_COMMA.exec(head);
  if (!m || INSTRUMENTAL.test(m[1]!) || UNDER.test(head.slice(0, m.index))) return -1;
  return dateStart - before.length + m.index;
}
