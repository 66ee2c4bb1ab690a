/**
 * The name of a "this day in history" section: "Тарихта бүгін", "Бүгін тарихта", "Тарихтағы
 * бүгінгі күн", "Осы күні тарихта" (dates/thisDaySection.ts reads it as a heading, with the day
 * after a colon or not, or inside a short rubric line).
 */
export const KK_THIS_DAY_NAME = String.raw`(?:тарихта\s+бүгін|бүгін\s+тарихта|тарихтағы\s+(?:бүгінгі|осы)\s+күн|осы\s+күні\s+тарихта)`;
