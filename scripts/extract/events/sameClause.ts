/**
 * Whether a date and a cue stand in one clause: nothing between them that closes a clause or a
 * quotation (a comma, a colon, a dash, a quotation mark), nor what was said (ASPECT.reported). A verb of saying dates its statement only
 * so: "Как сообщил вчера спикер" was said yesterday, while in "Ответ получили вчера, сообщил
 * организатор" or "«… в среду, 5 июня …», – сказал он" the day is what was said, not the saying.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import { ASPECT } from './aspect';
import { ruDayOfSaying } from '../locales/ru/events/saying';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';

const BREAK = /[,;:«»"“”„]|\s[–—-]\s/u;

export function sameClause(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  date: DocTimex,
): boolean {
  const from = date.start - s.start;
  const to = date.end - s.start;
  const between =
    to <= hit.at ? s.text.slice(to, hit.at) : s.text.slice(hit.at + hit.text.length, from);
  // (A date that opens the sentence is the main clause's: "Бүгін төраға … дайын екенін
  // хабарлады"; after the subject it may be what was said: "министрлік 1 наурыздан бастап …
  // көшкенін айтты".)
  const opens = /^[\s«"“(–—-]*$/u.test(s.text.slice(0, from));
  return !BREAK.test(between) && (opens || !ASPECT[lang].reported.test(between));
}

/** A Kazakh past act told as what was said: "… қатысқанын", "… өткенін" (the verbal noun in the accusative). */
const KK_SAID_PAST = /[\p{L}](?:ған|ген|қан|кен)(?:ын|ін|н)(?![\p{L}])/u;
/** "Today" or "yesterday": the day of the telling in a report, whatever it tells. */
const KK_DEICTIC_DAY = /^(?:бүгін|кеше)/iu;

/**
 * "ОСК төрағасы бүгін брифингте дауыс беруге 6 миллион сайлаушы қатысқанын айтты": the day before
 * what was said is the saying's, not the day of the past act it reports (the vote was the day
 * before). Only "today" and "yesterday", which date the telling; a calendar date before a
 * reported act may be the act's own ("19 наурызда сайлау өткенін айтты").
 */
export function dayOfSaying(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  date: DocTimex,
): boolean {
  // (The saying itself, "брифингте … айтты", is of that day.)
  if (hit.trigger.type === 'statement') return false;
  if (lang === 'ru') return ruDayOfSaying(s, hit.at, date);
  if (lang !== 'kk' || !KK_DEICTIC_DAY.test(date.text)) return false;
  const to = date.end - s.start;
  if (to > hit.at) return false;
  const after = s.text.slice(hit.at + hit.text.length);
  const said = KK_SAID_PAST.exec(after);
  if (!said) return false;
  ASPECT.kk.speech.lastIndex = 0;
  return ASPECT.kk.speech.test(after.slice(said.index + said[0].length));
}
