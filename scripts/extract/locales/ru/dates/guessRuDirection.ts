const FUTURE =
  /(?:^|[^\p{L}])(?:будет|будут|буду|будем|состоится|состоятся|пройд[её]т|пройдут|планиру\p{L}*|намечен\p{L}*|предстоит|начн[её]тся|станет|ожида\p{L}*ся)(?![\p{L}])/u;
const PAST = /\p{L}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\p{L}])/u;

/**
 * Russian word order is free, so the tense is looked for in the whole sentence around the date:
 * a future auxiliary or announcement verb wins over a past-tense "-л" form.
 * @example guessRuDirection('Выборы состоятся 20 ноября.', 16) // 'future'
 */
export function guessRuDirection(text: string, end: number): 'future' | 'past' | undefined {
  // Look at most 400 characters each way, so a huge text is not rescanned per date.
  const before = text.slice(Math.max(0, end - 400), end);
  const after = text.slice(end, end + 400);
  const stop = after.search(/[.!?\n]/u);
  const from = before.search(/[^.!?\n]*$/u);
  const sentence = (before.slice(from) + (stop < 0 ? after : after.slice(0, stop))).toLowerCase();
  if (FUTURE.test(sentence)) return 'future';
  if (PAST.test(sentence)) return 'past';
  return undefined;
}
