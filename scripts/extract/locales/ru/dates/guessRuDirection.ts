import { PREFIXED_FUTURE, SHORT_PASSIVE } from '../ruVerbForms';

const FUTURE =
  /(?:^|[^\p{L}])(?:будет|будут|буду|будем|состоится|состоятся|пройд[её]т|пройдут|планиру\p{L}*|намечен\p{L}*|запланирован\p{L}*|предстоит|предстоящ\p{L}*|начн[её]тся|станет|ожида\p{L}*ся|назначен\p{L}*\s+на|перенес[её]н\p{L}*)(?![\p{L}])/u;
const PAST = new RegExp(
  String.raw`\p{L}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\p{L}])|\p{L}{2,}(?:вш|[её]дш)(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем)(?![\p{L}])|(?:^|[^\p{L}])(?:минувш\p{L}*|${SHORT_PASSIVE})(?![\p{L}])`,
  'u',
);

const PERFECTIVE_FUTURE = new RegExp(String.raw`(?:^|[^\p{L}])${PREFIXED_FUTURE}(?![\p{L}])`, 'u');

/**
 * Russian word order is free, so the tense is looked for in the date's own clause (between
 * commas), then in the whole sentence around the date:
 * a future auxiliary or announcement verb wins over a past-tense "-л" form. "на 6 октября"
 * after a convening or a postponement is a target date, ahead whatever the verb's tense:
 * "подписал постановление о созыве съезда на 6 октября".
 * @example guessRuDirection('Выборы состоятся 20 ноября.', 16, 25) // 'future'
 */
export function guessRuDirection(
  text: string,
  start: number,
  end: number,
): 'future' | 'past' | undefined {
  // Look at most 400 characters each way, so a huge text is not rescanned per date.
  const before = text.slice(Math.max(0, start - 400), start);
  const after = text.slice(end, end + 400);
  const stop = after.search(/[.!?\n]/u);
  const from = before.search(/[^.!?\n]*$/u);
  const head = before.slice(from).toLowerCase();
  // Not "по состоянию на 1 января" (as of) nor "в ночь на 5 января" (the night before).
  if (/(?:^|[^\p{L}])на\s*$/u.test(head) && !/(?:состоянию|ночь)\s+на\s*$/u.test(head))
    return 'future';
  const tail = stop < 0 ? after : after.slice(0, stop);
  // The date's own clause first ("…, получивший отставку 18 марта, назначен …"), then the sentence.
  const comma = tail.search(/[,;—]/u);
  const clause = (
    head.slice(head.search(/[^,;—]*$/u)) +
    text.slice(start, end) +
    (comma < 0 ? tail : tail.slice(0, comma))
  ).toLowerCase();
  const low = (head + text.slice(start, end) + tail).toLowerCase();
  for (const part of [clause, low]) {
    if (FUTURE.test(part)) return 'future';
    if (PAST.test(part)) return 'past';
    // No auxiliary and no past: a prefixed verb in -ет/-ит/-ут/-ят is a perfective future
    // ("В пятницу президент примет участие", "посетит", "подпишет"), news rarely a present;
    // "принят", "снят" are short passives.
    if (PERFECTIVE_FUTURE.test(part)) return 'future';
  }
  return undefined;
}
