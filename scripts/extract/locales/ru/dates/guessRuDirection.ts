const FUTURE =
  /(?:^|[^\p{L}])(?:будет|будут|буду|будем|состоится|состоятся|пройд[её]т|пройдут|планиру\p{L}*|намечен\p{L}*|предстоит|начн[её]тся|станет|ожида\p{L}*ся)(?![\p{L}])/u;
const PAST = /\p{L}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\p{L}])/u;

/**
 * Russian word order is free, so the tense is looked for in the whole sentence around the date:
 * a future auxiliary or announcement verb wins over a past-tense "-л" form.
 * @example guessRuDirection('Выборы состоятся 20 ноября.', 16) // 'future'
 */
export function guessRuDirection(text: string, end: number): 'future' | 'past' | undefined {
  const before = text.slice(0, end);
  const from = Math.max(before.search(/[.!?\n][^.!?\n]*$/u) + 1, 0);
  const after = text.slice(end);
  const stop = after.search(/[.!?\n]/u);
  const sentence = text.slice(from, stop < 0 ? text.length : end + stop).toLowerCase();
  if (FUTURE.test(sentence)) return 'future';
  if (PAST.test(sentence)) return 'past';
  return undefined;
}
