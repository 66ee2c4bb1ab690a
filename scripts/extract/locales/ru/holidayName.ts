/**
 * A Russian holiday is named by the words after its head noun, "День" (day) in any case, or
 * "праздник" (feast): "Дня Независимости", "Днём Победы", "Дня Защитника
 * Отечества", "праздника Наурыз". Those words name the day, never a person; a name right after them
 * starts anew ("В преддверии Дня Независимости Токаев встретился …" named "Независимости Токаев").
 */

/**
 * The head, in every case: capitalised for "День", written so when it opens a holiday's name (a
 * lower-case "день" is any day: "В этот день Токаев подписал указ"); "праздник" in either.
 */
const RU_HOLIDAY_HEAD = /^(?:(?:День|Дня|Дню|Днём|Днем|Дне)|[Пп]раздник(?:а|у|ом|е)?)$/u;

/** A second word of the holiday's name, a noun in the genitive: "Отечества", "Республики". */
const RU_HOLIDAY_GENITIVE = /(?:ства|ости|ции|ии|ики)$/u;

/**
 * The first word of the run `first`..`last` (capitalised words) past a holiday's name that opens it
 * or follows its head right before it: the word after the head, and a second in the genitive.
 */
export function ruRunPastHoliday(
  tokens: readonly { text: string }[],
  first: number,
  last: number,
): number {
  let k = first;
  if (RU_HOLIDAY_HEAD.test(tokens[k]?.text ?? '')) k++;
  else if (!RU_HOLIDAY_HEAD.test(tokens[first - 1]?.text ?? '')) return first;
  if (k > last) return k;
  k++;
  if (k < last && RU_HOLIDAY_GENITIVE.test(tokens[k]!.text)) k++;
  return k;
}
