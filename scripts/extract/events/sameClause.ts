/**
 * Whether a date and a cue stand in one clause: nothing between them that closes a clause or a
 * quotation (a comma, a colon, a dash, a quotation mark), nor what was said (ASPECT.reported). A verb of saying dates its statement only
 * so: "Как сообщил вчера спикер" was said yesterday, while in "Ответ получили вчера, сообщил
 * организатор" or "«… в среду, 5 июня …», – сказал он" the day is what was said, not the saying.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import { ASPECT } from './aspect';
import { kkDayOfSaying, kkInCalledAct } from '../locales/kk/events/saying';
import { kkAddressedFirst } from '../locales/kk/events/addresseeFirst';
import {
  ruDayOfSaying,
  ruInCalledAct,
  ruInWhatWasSaid,
  ruSaidBetween,
} from '../locales/ru/events/saying';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';

const BREAK = /[,;:«»"“”„]|\s[–—-]\s/u;

export function sameClause(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  date: DocTimex,
  objects: readonly [number, number][] = [],
): boolean {
  const from = date.start - s.start;
  const to = date.end - s.start;
  const [a, b] = to <= hit.at ? [to, hit.at] : [hit.at + hit.text.length, from];
  // (A reported object with a date of its own between them is not what the saying's date is
  // told across: "Тоқаев 10 наурызда референдум 20 сәуірде өтетінін мәлімдеді", objectClauses.ts.)
  const between = objects
    .filter(([x, y]) => x >= a && y <= b)
    .reduce(
      (t, [x, y]) => t.slice(0, x - a) + ' '.repeat(y - x) + t.slice(y - a),
      s.text.slice(a, b),
    );
  // (A date that opens the sentence is the main clause's: "Бүгін төраға … дайын екенін
  // хабарлады"; after the subject it may be what was said: "министрлік 1 наурыздан бастап …
  // көшкенін айтты".)
  const opens = /^[\s«"“(–—-]*$/u.test(s.text.slice(0, from));
  // (Nor one before the addressee, outside what was said or asked: addresseeFirst.ts.)
  const addressed = lang === 'kk' && to <= hit.at && kkAddressedFirst(between);
  return !BREAK.test(between) && (opens || addressed || !ASPECT[lang].reported.test(between));
}

/** Each language's reading of a date before a verb of saying (locales/<lang>/events/saying.ts). */
const DAY_OF_SAYING: Record<
  SourceLang,
  (s: Sentence, at: number, hitText: string, date: DocTimex) => boolean
> = {
  kk: kkDayOfSaying,
  ru: (s, at, _hitText, date) => ruDayOfSaying(s, at, date),
};

/**
 * Whether a date before a verb of saying is the saying's day, not the day of the act it reports
 * ("ОСК төрағасы бүгін брифингте … қатысқанын айтты", "Еще 14 марта президент сказал, что …").
 */
export function dayOfSaying(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  date: DocTimex,
): boolean {
  // (The saying itself, "брифингте … айтты", is of that day.)
  if (hit.trigger.type === 'statement') return false;
  return DAY_OF_SAYING[lang](s, hit.at, hit.text, date);
}

/**
 * Each language's reading of a date after a cue (locales/<lang>/events/saying.ts), from the cue's
 * `end` to the date (`from`): for a statement, whether it is in what was said; for another cue,
 * whether a verb of saying stands between.
 */
const WHAT_WAS_SAID: Record<
  SourceLang,
  {
    inWhatWasSaid: (s: Sentence, end: number, from: number) => boolean;
    saidBetween: (s: Sentence, end: number, from: number) => boolean;
    inCalledAct: (s: Sentence, cue: { at: number; text: string }, from: number) => boolean;
  }
> = {
  // (Kazakh, whose verb of saying comes last, has no saying after a cue; only the visit invited to.)
  kk: { inWhatWasSaid: () => false, saidBetween: () => false, inCalledAct: kkInCalledAct },
  ru: { inWhatWasSaid: ruInWhatWasSaid, saidBetween: ruSaidBetween, inCalledAct: ruInCalledAct },
};

/**
 * Whether a date after a statement's cue is in what was said (locales/<lang>/events/saying.ts):
 * "Аким заявил, что замена … должна завершиться до конца 2019 года" is no statement of 2019.
 */
export function inWhatWasSaid(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  date: DocTimex,
): boolean {
  const said = WHAT_WAS_SAID[lang];
  const end = hit.at + hit.text.length;
  // (A cue that ends in the act it invites or calls to leaves a date after it to that act.)
  if (said.inCalledAct(s, hit, date.start - s.start)) return true;
  // (A cue before another verb of saying: "Открывая заседание, президент напомнил, что … 5 января".)
  if (hit.trigger.type !== 'statement') return said.saidBetween(s, end, date.start - s.start);
  return said.inWhatWasSaid(s, end, date.start - s.start);
}
