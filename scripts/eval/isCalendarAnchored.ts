/**
 * The judging scorer's "absolute" (calendar-anchored) DATE spans, ported from `is_absolute` in
 * ../shared/kaznerd/scorer/prepare.py so that the figures printed here are the ones judged: a
 * span naming a month (Kazakh or Russian stem at a word start), a year in digits (1000–2999), a
 * numeric day.month date, or a year in words ("мың" … "жыл"). "биыл", "5 жылға" are not.
 * @example isCalendarAnchored('2020-сыншы жылы') // true
 * @example isCalendarAnchored('өткен жылы') // false
 */
// prettier-ignore
const MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан',
  'қараша', 'желтоқсан',
  'январ', 'феврал', 'март', 'апрел', 'ма[йя]', 'июн', 'июл', 'август', 'сентябр', 'октябр',
  'ноябр', 'декабр',
];
const LETTER = String.raw`[\p{L}\p{M}]`;
const MONTH = new RegExp(`(?<!${LETTER})(?:${MONTHS.join('|')})`, 'iu');
const YEAR = /(?<![0-9])[12][0-9]{3}(?![0-9])/u;
const NUMERIC = /(?<![0-9])[0-3]?[0-9]\s*[./]\s*[01]?[0-9](?:\s*[./]\s*[0-9]{2,4})?(?![0-9])/u;
const WORD_YEAR = new RegExp(`(?<!${LETTER})мың(?!${LETTER}).*(?<!${LETTER})жыл`, 'iu');

export function isCalendarAnchored(span: string): boolean {
  return MONTH.test(span) || YEAR.test(span) || NUMERIC.test(span) || WORD_YEAR.test(span);
}
