/**
 * "ОСК төрағасы бүгін брифингте дауыс беруге 6 миллион сайлаушы қатысқанын айтты": the day before
 * what was said is the saying's, not the day of the past act it reports (the vote was the day
 * before). Only "today" and "yesterday", which date the telling; a calendar date before a
 * reported act may be the act's own ("19 наурызда сайлау өткенін айтты").
 */
import type { Sentence } from '../../../types';
import { KK_ASPECT } from './aspect';
import { KK_INVITED_VISIT } from '../lexicon/invitation';

/** A Kazakh past act told as what was said: "… қатысқанын", "… өткенін" (the verbal noun in the accusative). */
const SAID_PAST = /[\p{L}](?:ған|ген|қан|кен)(?:ын|ін|н)(?![\p{L}])/u;
/** The same, ending a cue's own words: "сотқа жіберілгенін", "ұсталғанын". */
const SAID_PAST_END = /[\p{L}](?:ған|ген|қан|кен)(?:ын|ін|н)$/u;
/** "Today" or "yesterday": the day of the telling in a report, whatever it tells. */
const DEICTIC_DAY = /^(?:бүгін|кеше)/iu;

/** Whether the date (ending before the trigger `hitText` at `at`) is the day of a saying after it. */
export function kkDayOfSaying(
  s: Sentence,
  at: number,
  hitText: string,
  date: { end: number; text: string },
): boolean {
  if (!DEICTIC_DAY.test(date.text)) return false;
  const to = date.end - s.start;
  if (to > at) return false;
  const after = s.text.slice(at + hitText.length);
  // (The cue may itself end in the reported form: "істің сотқа жіберілгенін хабарлады".)
  const own = SAID_PAST_END.test(hitText);
  const said = own ? { index: 0, 0: '' } : SAID_PAST.exec(after);
  if (!said) return false;
  KK_ASPECT.speech.lastIndex = 0;
  return KK_ASPECT.speech.test(after.slice(said.index + said[0].length));
}

/** A cue that ends in the visit one is invited to and the verb of inviting (lexicon/invitation.ts). */
const INVITED_VISIT = new RegExp(`${KK_INVITED_VISIT}$`, 'iu');

/**
 * Whether the date (starting at `from`) lies in the visit a cue of inviting ends in: after the one
 * invited, in the accusative, and before the cue in that clause, "Путин Тоқаевты сәуір айында
 * Мәскеуге сапармен келуге шақырды" is the visit's April, not the invitation's. (Before the one
 * invited, "Путин 10 наурызда Тоқаевты … шақырды", it is the day of inviting.)
 */
export function kkInCalledAct(s: Sentence, cue: { at: number; text: string }, from: number) {
  if (!INVITED_VISIT.test(cue.text) || from >= cue.at) return false;
  const before = s.text.slice(0, from);
  return (
    /[\p{L}](?:ны|ні|ды|ді|ты|ті)\s+$/u.test(before) && !/[,;:]/u.test(s.text.slice(from, cue.at))
  );
}
