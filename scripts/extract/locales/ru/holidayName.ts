/**
 * A Russian holiday is named by the words after its head noun, "День" (day) in any case, or
 * "праздник" (feast): "Дня Независимости", "Днём Победы", "Дня Защитника
 * Отечества", "праздника Наурыз". Those words name the day, never a person; a name right after them
 * starts anew ("В преддверии Дня Независимости Токаев встретился …" named "Независимости Токаев"),
 * whatever preposition opens the sentence before the head ("Ко Дню Республики Токаев …", "С Днём
 * Победы …"), and the last of them is no state's noun before the name ("Республики Корея").
 */

/**
 * The head, in every case: capitalised for "День", written so when it opens a holiday's name;
 * "праздник" in either.
 */
const RU_HOLIDAY_HEAD = /^(?:(?:День|Дня|Дню|Днём|Днем|Дне)|[Пп]раздник(?:а|у|ом|е)?)$/u;

/**
 * A lower-case "день" is any day ("В этот день Путин подписал указ"), a holiday's head only before
 * a capitalised noun in the genitive, the holiday's own name ("ко дню Независимости", "в день
 * Победы", "ко дню Защитника Отечества"): a surname alone is in the nominative after it.
 */
const RU_DAY = /^(?:день|дня|дню|днём|днем|дне)$/u;
const RU_HOLIDAY_FIRST_GENITIVE = /^\p{Lu}\p{Ll}{3,}(?:[ыи]|ства|ника|ля|ий)$/u;

/** A second word of the holiday's name, a noun in the genitive: "Отечества", "Республики". */
const RU_HOLIDAY_GENITIVE = /(?:ства|ости|ции|ии|ики)$/u;

type Words = readonly { text: string }[];

/** Whether the word at `h` heads a holiday's name, the word after it naming the day. */
function headsHoliday(tokens: Words, h: number): boolean {
  const head = tokens[h]?.text ?? '';
  if (RU_HOLIDAY_HEAD.test(head)) return tokens[h + 1] !== undefined;
  return RU_DAY.test(head) && RU_HOLIDAY_FIRST_GENITIVE.test(tokens[h + 1]?.text ?? '');
}

/**
 * The last word of the holiday's name headed at `h`: the word after the head, and a second in the
 * genitive when one more word (`limit` the last that may be) follows it.
 */
function holidayEnd(tokens: Words, h: number, limit: number): number {
  const k = h + 1;
  return k + 1 < limit && RU_HOLIDAY_GENITIVE.test(tokens[k + 1]!.text) ? k + 1 : k;
}

/**
 * The first word of the run `first`..`last` (capitalised words) past a holiday's name inside it or
 * ending right before it (its head may be a word or two before the run: the preposition and the
 * head are no name's: "Ко Дню Республики Токаев", "ко дню Независимости Токаев").
 */
export function ruRunPastHoliday(tokens: Words, first: number, last: number): number {
  for (let h = Math.max(0, first - 2); h < last; h++) {
    if (!headsHoliday(tokens, h)) continue;
    const end = holidayEnd(tokens, h, last);
    if (end >= first - 1) return Math.max(first, end + 1);
  }
  return first;
}

/** Whether the word at `k` is the last of a holiday's name (`Республики` in "ко Дню Республики"). */
export function ruEndsHoliday(tokens: Words, k: number): boolean {
  if (headsHoliday(tokens, k - 1)) return holidayEnd(tokens, k - 1, k + 1) === k;
  return headsHoliday(tokens, k - 2) && holidayEnd(tokens, k - 2, k + 1) === k;
}
