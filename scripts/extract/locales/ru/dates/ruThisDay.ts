/**
 * "В этот день", "в сей день": the publication's own day as a day of the calendar. Beside a year
 * ("в этот день в 2019 году", "ровно пять лет назад, в этот день") it is that day's anniversary
 * (dates/anniversary.ts); alone it is the day a story told (dates/nextDay.ts).
 */
export const RU_THIS_DAY = /^этот\s+день$/iu;

/** Words that may stand between a year and "this day": "в этот день в 2019 году", "ровно". */
export const RU_ANNIVERSARY_GAP = /^[ \u00a0,]*(?:(?:в|во|ровно|именно)[ \u00a0]+){0,2}$/iu;

/**
 * The name of a "this day in history" section: "В этот день", "В этот день в истории", "Этот день в
 * истории", "День в истории" (dates/thisDaySection.ts reads it as a heading, with the day after a
 * colon or not, or inside a short rubric line, "Рубрика «Этот день в истории»").
 */
export const RU_THIS_DAY_NAME = String.raw`(?:в\s+этот\s+день(?:\s+в\s+истории)?|(?:этот\s+)?день\s+в\s+истории)`;
