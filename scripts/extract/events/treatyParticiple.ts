/**
 * A treaty's act told only in a participle attached to it ("Сенат ратифицировал соглашение,
 * подписанное в Ташкенте", "министр рассказал о выполнении договора, заключённого с Россией",
 * "Ташкентте қол қойылған келісімді ратификациялады"): the signing was done before, on a day the
 * sentence does not give. It is recalled, never the day's news, and the sentence's own verb
 * (ратифицировал) is what is done to the treaty that day. A date in the phrase ("подписанное 5 мая
 * 2024 года") is the signing's own: that participle tells the event.
 */
import type { SourceLang } from '../../../src/model/schema';
import { kkTreatyParticiples } from '../locales/kk/events/treatyParticiple';
import { ruTreatyParticiples } from '../locales/ru/events/treatyParticiple';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';
import { TITLE_CUES } from './titleCueWords';

export interface TreatyParticiple {
  /** The participle's span in the sentence. */
  word: [number, number];
  /** The span of its phrase: a date there is the treaty's act's own. */
  phrase: [number, number];
}

const BY_LANG = { kk: kkTreatyParticiples, ru: ruTreatyParticiples };

/**
 * The sentence's text with every treaty participle blanked (offsets kept) but one whose phrase
 * holds the event's own date `own`.
 */
export function withoutTreatyParticiples(
  lang: SourceLang,
  s: Pick<Sentence, 'start' | 'text'>,
  own?: DocTimex,
): string {
  const text = s.text;
  let out = text;
  for (const { word, phrase } of BY_LANG[lang](text)) {
    if (holds(phrase, s, own)) continue;
    out = out.slice(0, word[0]) + ' '.repeat(word[1] - word[0]) + out.slice(word[1]);
  }
  return out;
}

/**
 * Whether the act the treaty cue `hit` needs (its `also`) is told in the sentence only by a treaty
 * participle with no date of its own: the act is recalled.
 */
export function treatyActRecalled(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  own?: DocTimex,
): boolean {
  const also = hit.trigger.also;
  if (!also || hit.trigger.facet !== 'agreement') return false;
  const rest = withoutTreatyParticiples(lang, s, own);
  return rest !== s.text && !also.every((re) => re.test(rest));
}

/** Whether the date `own` lies in the span `phrase` of the sentence `s`. */
const holds = (phrase: [number, number], s: Pick<Sentence, 'start'>, own?: DocTimex) =>
  own !== undefined && own.start - s.start >= phrase[0] && own.end - s.start <= phrase[1];

/**
 * Whether the treaty the sentence tells is ratified on the event's day: the sentence ratifies it,
 * but for a participle that tells its signing before; not when the event's own date is that
 * participle's ("договор, заключённый 5 мая 2024 года": the day it was concluded).
 */
export function ratifiedThatDay(
  lang: SourceLang,
  s: Pick<Sentence, 'start' | 'text'>,
  own?: DocTimex,
): boolean {
  if (BY_LANG[lang](s.text).some(({ phrase }) => holds(phrase, s, own))) return false;
  return TITLE_CUES[lang].ratified.test(withoutTreatyParticiples(lang, s, own));
}
