/**
 * The date of an agency's dateline opening the text ("АСТАНА. 20 февраля. КАЗИНФОРМ –", "АКТАУ,
 * 14 ноября 2024 года. Депутаты …", "Астана, 12 наурыз 2025. Бүгін …"): the day the report was
 * filed, the publication's, not the date of any event it tells. The lead's news is the
 * publication's as it is in an article with no dateline, and so it joins the same act a later
 * sentence dates ("Меморандум подписали во вторник"), rather than standing as a second act on
 * the dateline's day. It stays a date expression of the text (the tagger's output is unchanged).
 */
import type { Paragraph } from '../types';

/** One or two words of a place before the date: in capitals, or capitalised and then a comma. */
const PLACE_BEFORE =
  /^\s*(?:[\p{Lu}][\p{Lu}\p{Pd} ]{2,30}[,.]|[\p{Lu}][\p{L}\p{Pd}]{2,30}(?:\s[\p{Lu}][\p{L}\p{Pd}]{2,30})?,)\s*$/u;
/** What ends a dateline's date: a full stop or a comma, a dash, or the agency's slash. */
const DATE_END = /^\s*(?:года?|г\.|жылы|жылғы|ж\.)?\s*(?:[.,]|[–—-]\s|\/)/u;

export function isDatelineTimex(
  text: string,
  first: Paragraph | undefined,
  t: { start: number; end: number },
  sentenceEnd: number,
): boolean {
  if (!first || t.start < first.start || t.end > first.end) return false;
  // (Only a dateline that opens the lead's own sentence, "АСТАНА, 20 февраля – В Астане создана
  // …": a dateline standing as a sentence of its own, "АСТАНА. 20 февраля.", opens the paragraph
  // with its day, which the paragraph's sentences go on at, events/story.ts.)
  if (!/(?:[\p{L}\d]+[^\p{L}\d]+){3}/u.test(text.slice(t.end, sentenceEnd))) return false;
  return (
    PLACE_BEFORE.test(text.slice(first.start, t.start)) &&
    DATE_END.test(text.slice(t.end, t.end + 12))
  );
}
