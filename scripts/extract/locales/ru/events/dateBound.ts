/**
 * Where a Russian sentence bounds its act's time by a day it names, without dating the act: a
 * preposition with the genitive before an event or a date, up to the clause's next comma or verb.
 * "После выборов в Мажилис 19 марта 2023 года правительство сложило полномочия" (not before the
 * 19th), "По итогам выборов 2023 года …", "С 2019 года …", "до выборов 2029 года", "накануне
 * саммита 5 мая", "не позднее 1 июля 2024 года" (not after). events/dateBounds.ts reads them.
 */
import type { BoundPhrase, DateBoundGrammar } from '../../../events/dateBoundGrammar';

const AFTER = String.raw`после|по\s+итогам|по\s+результатам|вслед\s+за|в\s+результате|не\s+ранее|начиная\s+с[о]?`;
const BEFORE = String.raw`до|накануне|перед|не\s+позднее|не\s+позже`;

// (Not a span counted from it, "через год после"/"спустя два года после": the act's own date;
// "с" is "since" only before a number, "с 2019 года", not "с президентом".)
const MARKER = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:спустя|через)\s+(?:[\p{L}\d]+\s+){0,3})(?:(${AFTER})|(${BEFORE})|(со?)(?=\s+\d))(?![\p{L}])`,
  'giu',
);

export const RU_BOUND_CUE =
  /(?<![\p{L}])(?:после|итогам|результатам|вслед|результате|ранее|начиная|до|накануне|перед|позднее|позже|со?\s+\d)(?![\p{L}])/iu;

/** Where the phrase stops: a clause's punctuation, a past verb, a link verb, a relative clause. */
const STOP =
  /[,;:.!?«»"]|(?<![\p{L}])(?:[\p{L}]{2,}(?:ал|ял|ел|ил|ыл|ул|ла|ло|ли)(?:ся|сь)?|был|была|было|были|будет|будут|когда|где|который|которая|которое|которые)(?![\p{L}])/iu;

/** "с 2025 на 2024 год", "с 1 по 5 марта": a change or a range, not a time since. */
const NOT_SINCE = /^\s*(?:на|по|до)(?![\p{L}])/iu;

const SINCE = /^со?\s/iu;

function phrases(sentence: string): BoundPhrase[] {
  const out: BoundPhrase[] = [];
  for (const m of sentence.matchAll(MARKER)) {
    const open = m.index + m[0].length;
    const stop = sentence.slice(open).search(STOP);
    const to = stop < 0 ? sentence.length : open + stop;
    if (to <= open) continue;
    out.push({ from: m.index, to, side: m[2] ? 'before' : 'after' });
  }
  return out;
}

export const RU_DATE_BOUND: DateBoundGrammar = {
  cue: RU_BOUND_CUE,
  phrases,
  dateFirst: true,
  ofPhrase: (_text, phrase, end) => !(SINCE.test(phrase) && NOT_SINCE.test(phrase.slice(end))),
};
