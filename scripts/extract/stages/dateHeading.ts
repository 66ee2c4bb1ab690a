/**
 * A line that is a date and nothing else, as a chronicle or a digest heads its entries: a year
 * ("2019 год", "2019 жыл", "2019"), a month of a year ("Январь 2022 года", "2022 жылғы қаңтар"),
 * a day of a month ("Дүйсенбі, 3 ақпан", "5 июня 2022 года."). Such a line is neither the page's
 * title nor its publisher: read as the publisher, "2019 год" over Nazarbayev's resignation left the
 * entry under it with no date, and it was put on the publication day.
 */
import { NAMED_DATE } from '../dates/namedDate';

/** "год"/"жыл" in any case or their abbreviation, after a year. */
const YEAR_WORD = String.raw`(?:\s*(?:г\.?|год\p{L}*|ж\.?|жыл\p{L}*))?`;
const YEAR = new RegExp(String.raw`^\d{4}${YEAR_WORD}\s*\.?$`, 'u');
/**
 * A word before or after a year, or after a day (a weekday may open it): a month or a season. A
 * comma may part them either way ("Маусым, 2022", "2022 жыл, маусым", "Июнь, 2022 г."), as a
 * heading lists its parts.
 */
const WORD_YEAR = new RegExp(String.raw`^(\p{L}+),?\s+\d{4}${YEAR_WORD}\s*\.?$`, 'u');
const YEAR_THEN_WORD = new RegExp(String.raw`^\d{4}${YEAR_WORD},?\s+(\p{L}+)\s*\.?$`, 'u');
const DAY_WORD = new RegExp(
  String.raw`^(?:\p{L}+,?\s+)?\d{1,2}\s+(\p{L}+)(?:,?\s+\d{4}${YEAR_WORD})?\s*\.?$`,
  'u',
);

export function isDateHeading(text: string): boolean {
  if (YEAR.test(text)) return true;
  const word = (WORD_YEAR.exec(text) ?? YEAR_THEN_WORD.exec(text) ?? DAY_WORD.exec(text))?.[1];
  return word !== undefined && NAMED_DATE.test(word);
}
