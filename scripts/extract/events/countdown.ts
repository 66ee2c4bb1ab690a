/**
 * A countdown to an event ("за 20 дней до выборов", "сайлауға 20 күн қалғанда"): the event is the
 * reference point another act is counted from, no event the sentence tells of its own. Cues per
 * language (locales/<lang>/events/countdown.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_COUNTDOWN_AFTER } from '../locales/kk/events/countdown';
import { RU_COUNTDOWN_BEFORE } from '../locales/ru/events/countdown';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';

const BEFORE: Record<SourceLang, RegExp | undefined> = { kk: undefined, ru: RU_COUNTDOWN_BEFORE };
const AFTER: Record<SourceLang, RegExp | undefined> = { kk: KK_COUNTDOWN_AFTER, ru: undefined };

/**
 * Whether the cue is what a countdown counts to, with no day of its own right after it ("за 20
 * дней до выборов 5 апреля" still dates the election).
 */
export function isCountdownPoint(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  nearest: DocTimex | undefined,
): boolean {
  const { text } = s;
  const end = hit.at + hit.text.length;
  const counted =
    BEFORE[lang]?.test(text.slice(Math.max(0, hit.at - 80), hit.at)) === true ||
    AFTER[lang]?.test(hit.text.replace(/^.*\s/su, '') + text.slice(end, end + 60)) === true;
  if (!counted) return false;
  // (A date right after the cue, at most two words between, is its own: "выборов 5 апреля".)
  const between = nearest && text.slice(end, nearest.start - s.start);
  return between === undefined || !/^(?:\s+[\p{L}-]+){0,2}\s+$/u.test(between);
}
