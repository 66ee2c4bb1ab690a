/**
 * A count of acts over a span is a statistic, no single event: "В прошлом году Мажилис рассмотрел
 * 120 законопроектов", "в прошлом году комиссия провела три референдума", "Өткен жылы Мәжіліс 120
 * заң жобасын қарады", "за годы независимости прошло три референдума". A cue is counted when its
 * noun of its kind has a count (more than one) right before it, or when it has no noun of its own
 * (a verb, "рассмотрел") and its sentence names its kind only counted. It tells no event when the
 * sentence's one date is coarser than a day (a year, a month) or, with no date, names a span ("за
 * годы", "жыл ішінде"). Counted acts of a day ("Сегодня, 19 марта, президент подписал три указа")
 * or of a list of dates ("в 1995 и 2022 годах") are each an event of that day, and stay; so does
 * a plan ("в этом году предстоит принять несколько законов"), one task ahead.
 * Words per language (locales/<lang>/lexicon/counted.ts).
 */
import { globalOf } from './globalRegExp';
import type { EventType, SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';
import { tenseOf } from './tense';
import { KK_COUNTED } from '../locales/kk/lexicon/counted';
import { RU_COUNTED } from '../locales/ru/lexicon/counted';

export interface CountedCues {
  /** A count and the words that may stand between it and its noun, ending where the noun starts. */
  countBefore: RegExp;
  /** The nouns of each kind that a count may stand before. */
  kinds: Partial<Record<EventType, RegExp>>;
  /** A span the acts were counted over, with no date written ("за годы независимости"). */
  span: RegExp;
}

const CUES: Record<SourceLang, CountedCues> = { kk: KK_COUNTED, ru: RU_COUNTED };

/** The hits of a sentence less those that count acts over a span (see above). */
export function withoutTallies(
  lang: SourceLang,
  s: Sentence,
  hits: TriggerHit[],
  dates: readonly DocTimex[],
): TriggerHit[] {
  const sentence = s.text;
  if (hits.length === 0) return hits;
  const span =
    dates.length === 0
      ? CUES[lang].span.test(sentence)
      : dates.length === 1 && !['day', 'time'].includes(dates[0]!.granularity);
  if (!span) return hits;
  // (A plan counts what is still to be done: "в этом году предстоит принять несколько законов".)
  const done = (h: TriggerHit) =>
    tenseOf({ lang, sentence: s, at: h.at, trigger: h.text }) !== 'future';
  const tallies = hits.filter(
    (h) => counted(lang, h.trigger.type, sentence, h.at, h.text) && done(h),
  );
  // (The weak cue that stood aside for it is its verb: "үш референдум өткізді" held nothing else.)
  return tallies.length === 0 ? hits : hits.filter((h) => !tallies.includes(h) && !h.standAside);
}

/** Whether the cue `text` at `at` in the sentence is counted (see above). */
export function counted(
  lang: SourceLang,
  type: EventType,
  sentence: string,
  at: number,
  text: string,
): boolean {
  const cues = CUES[lang];
  const kind = cues.kinds[type];
  if (!kind) return false;
  const countedAt = (i: number) => cues.countBefore.test(sentence.slice(Math.max(0, i - 80), i));
  const own = kind.exec(text);
  if (own) return countedAt(at + own.index);
  const all = [...sentence.matchAll(globalOf(kind))];
  return all.length > 0 && all.every((m) => countedAt(m.index));
}
