/**
 * A Russian year alone told as the time of a past verb ("Роль палаты изменилась в 2022 году.",
 * "Это было в 2019 году."): "в" before "2022 году" or "2022-м", a past form anywhere in the sentence
 * (the verb stands either side of the year) and no infinitive or future ("предложил в 2027 году
 * провести" tells what is to happen then). Used by dates/narrativeYear.ts.
 */
const SPAN = /^\d{4}(?:\s+году|-м)$/u;
const IN_BEFORE = /(?:^|[^\p{L}])в\s+$/iu;
const PAST = /\p{L}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\p{L}])/u;
const AHEAD = /\p{L}{2,}(?:ть|ти|ться)(?![\p{L}])|(?<![\p{L}])(?:будет|будут|станет)(?![\p{L}])/u;

/** `span` is the year's text, `before` the few characters before it, `sentence` its sentence. */
export function isRuAdverbialYear(span: string, before: string, sentence: string): boolean {
  return SPAN.test(span) && IN_BEFORE.test(before) && PAST.test(sentence) && !AHEAD.test(sentence);
}
