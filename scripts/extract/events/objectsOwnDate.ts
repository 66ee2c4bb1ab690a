/**
 * A date that is the cue's object's own, not the act's: the day of the document a chamber ratifies
 * ("ратифицировал соглашение от 5 мая", ratifiedDocument.ts), or the year a name is given to
 * ("В пятницу президент объявил 2026 год Годом рабочих профессий", "Президент жұма күні 2026 жылды
 * Жұмысшы мамандықтары жылы деп жариялады"). The year named is the object, in the accusative (the
 * name in the instrumental, or before "жылы деп"): it says which year bears the name, not when
 * the naming was done, so the cue is dated by another date of its clause ("В пятницу") or, with
 * none, as an undated act is (when.ts: the article's news in its lead or told in a perfect,
 * otherwise recalled with no date); never by the named year. So is the year a budget or a plan
 * covers ("утвердил бюджет 2026 года", periodCovered.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';
import { periodCovered } from './periodCovered';
import { ratifiedDocumentDate } from './ratifiedDocument';
import { yearNamed } from './yearNamed';

/** Whether `t` is the year the naming cue `hit` gives a name to. */
function namedYear(lang: SourceLang, s: Sentence, hit: TriggerHit, t: DocTimex): boolean {
  const span = yearNamed(lang, s.text, hit.at, hit.text.length)?.yearSpan;
  if (!span) return false;
  const at = t.start - s.start;
  return at < span.at + span.len && span.at < at + t.text.length;
}

export function objectsOwnDate(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  t: DocTimex,
): boolean {
  return (
    ratifiedDocumentDate(lang, s, hit, t) ||
    namedYear(lang, s, hit, t) ||
    periodCovered(lang, s, hit, t)
  );
}

/**
 * Whether the cue gives a year a name: a bare "объявлен", "жарияланды" is no event without a date
 * of its own (needsDate), but a year's naming is one, dated or not (its named year is no date of it).
 */
export const namesAYear = (lang: SourceLang, s: Sentence, hit: TriggerHit): boolean =>
  yearNamed(lang, s.text, hit.at, hit.text.length) !== undefined;
