/**
 * A year that a naming names ("2026 год 5 марта объявлен Годом рабочих профессий", "Президент 5
 * марта объявил 2026 год Годом …", "Президент 2026 жылды … жылы деп жариялады"): the subject or
 * the object of the naming, in the bare nominative or accusative, not a time of the sentence.
 * It frames none of the sentence's other dates: "5 марта" there is the naming's own day, of the
 * publication's year, not 2026's (dates/sentenceYear.ts, events/framingYear.ts). Read only where
 * the year's own form passes (cheap), then in its sentence, either side of it.
 */
import { SENTENCE_END } from './sentenceYear';
import { SENTENCE_YEAR } from './sentenceYearWords';
/** How far either side of the year its naming's complement may stand. */
const REACH = 200;

export function isNamedYear(
  text: string,
  t: { start: number; end: number; text: string },
  lang?: 'kk' | 'ru',
): boolean {
  const words = lang ? SENTENCE_YEAR[lang].namedYear : undefined;
  if (!words?.form.test(t.text)) return false;
  const after = text.slice(t.end, t.end + REACH).split(SENTENCE_END)[0]!;
  const before = text
    .slice(Math.max(0, t.start - REACH), t.start)
    .split(SENTENCE_END)
    .pop()!;
  return words.naming.test(after) || words.naming.test(before);
}
