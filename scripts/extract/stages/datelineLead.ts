/**
 * Where the report begins in a paragraph opened by an agency's dateline: "АСТАНА, 12 марта.
 * КАЗИНФОРМ – Президент …", "АСТАНА, 12 марта (КазТАГ) – …", "Астана. 12 наурыз. ҚАЗАҚПАРАТ – …",
 * "АЛМАТЫ, 12 марта. /Kazakhstan Today/ - …". The dateline stays in the text (its day dates the
 * article, stages/header.ts); the sentence shown as an event's evidence starts at the report.
 */
import type { Paragraph, Sentence } from '../types';

/** A place: one or two capitalised words ("АСТАНА", "Усть-Каменогорск", "Нур-Султан"). */
const PLACE = String.raw`\p{Lu}[\p{L}\p{Pd}]{2,30}(?:\s\p{Lu}[\p{L}\p{Pd}]{2,30})?`;
/** The day: "12 марта", "12 наурыз 2025 ж.", "2025 жылғы 12 наурыз", "12.03.2025". */
const DAY = String.raw`(?:\d{4}\s*(?:ж\.?|жылғы|жылы)?\s+)?\d{1,2}(?:\s+\p{L}+\.?|\.\d{1,2}\.?)(?:\s*\d{4}(?:\s*(?:года?|г\.|жыл\p{L}*|ж\.))?)?`;
/** The agency: "(КазТАГ)", "/Kazinform/", "КАЗИНФОРМ", "INTERFAX-KAZAKHSTAN", "ИА «Казинформ»". */
const CREDIT = String.raw`(?:\([^()\n]{2,30}\)|\/[^/\n]{2,30}\/|(?:ИА\s+)?[«"“]?\p{Lu}[\p{L}.\p{Pd}]{1,24}(?:\s\p{Lu}[\p{L}.]{1,20})?[»"”]?)`;
/**
 * The dateline, an agency's credit if any, and the dash before the report, spaced: a hyphen
 * within a word is none ("Восточно-Казахстанского", "INTERFAX-KAZAKHSTAN").
 */
const DATELINE_LEAD = new RegExp(
  String.raw`^${PLACE}\s*[,.]\s*${DAY}\s*(?:[.,]\s*)?(?:${CREDIT})?(?:\s+[–—-]|\s*[–—])\s+(?=\p{Lu}|["«“])`,
  'u',
);

/** The offset where the sentence's report begins past its paragraph's dateline, if it opens with one. */
export function reportStart(p: Paragraph, s: Sentence): number | undefined {
  if (s.start < p.start || s.start - p.start > 120) return undefined;
  const m = DATELINE_LEAD.exec(p.text);
  if (!m) return undefined;
  const at = p.start + m[0].length;
  return s.start < at && at < s.end ? at : undefined;
}
