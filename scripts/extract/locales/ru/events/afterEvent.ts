/**
 * Where a Russian sentence tells its act's time by an event it names ("После референдума 5 июня
 * 2022 года парламент принял закон", "По итогам январских событий …", "В ходе визита в 2019 году
 * …"): the span of that event's phrase, from the preposition up to the clause's next comma, its
 * first verb or the trigger. Only the first date in it is the event's own ("После речи президента 11
 * января Нигматулин 1 февраля ушёл": the 1st is the act's). events/afterPast.ts reads whether the
 * event lies long past.
 */
import type { AfterEventGrammar, EventPhrase } from '../../../events/afterEventGrammar';
import { memoByText } from '../../../memoByText';
import { MONTH_ADJECTIVES } from '../dates/ruMonthAdjective';

// (Not a span counted from it, "спустя два года после …", which dates the act (countdown.ts); nor
// a clause, "после того как …", which events/when.ts reads as one: priorClause.ts.)
const MARKER =
  /(?<![\p{L}])(?<!(?:спустя|через)\s+(?:[\p{L}\d]+\s+){0,3})(?:после|по\s+итогам|по\s+результатам|вслед\s+за|в\s+результате|в\s+ходе|в\s+рамках)\s+(?!(?:того|тех|чего|этого|этих|него|неё|нее|них|обеда)(?![\p{L}]))/giu;

/** Where the phrase stops: a past verb, a link verb, a relative clause. */
const STOP =
  /[,;:.!?]|(?<![\p{L}])(?:[\p{L}]{2,}(?:ал|ял|ел|ил|ыл|ул|ла|ло|ли)(?:ся|сь)?|был|была|было|были|будет|будут|когда|где|который|которая|которое|которые)(?![\p{L}])/iu;

/** A month told as the event's adjective ("январских событий", "мартовского Послания"). */
const MONTH_ADJECTIVE = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH_ADJECTIVES.join('|')})\p{L}*`,
  'iu',
);

/** Each marker's phrase in a sentence, found once per sentence text (events/afterPast.ts asks per trigger and date). */
const markedPhrases = memoByText((sentence) =>
  [...sentence.matchAll(MARKER)].map((m) => {
    const open = m.index + m[0].length;
    const stop = sentence.slice(open).search(STOP);
    const later = /^(?:после|вслед)/iu.test(m[0]);
    return { from: m.index, open, to: stop < 0 ? sentence.length : open + stop, later };
  }),
);

function phrases(sentence: string, at: number): EventPhrase[] {
  const out: EventPhrase[] = [];
  for (const { from, open, later, ...p } of markedPhrases(sentence)) {
    const to = at >= open && at < p.to ? at : p.to;
    if (to <= open) continue;
    const adjective = MONTH_ADJECTIVE.exec(sentence.slice(open, to));
    const month = adjective ? MONTH_ADJECTIVES.indexOf(adjective[1]!.toLowerCase()) + 1 : undefined;
    out.push({ from, to, later, firstDateOnly: true, ...(month ? { month } : {}) });
  }
  return out;
}

export const RU_AFTER_EVENT: AfterEventGrammar = {
  phrases,
  ofEvent: () => true,
  markerWords:
    /(?<![\p{L}])(?:после|по|итогам|результатам|вслед|за|в|результате|ходе|рамках|года|году)(?![\p{L}])/giu,
  atThatEvent: /^\s*,\s*(?:когда|где|в\s+ходе\s+которого|во\s+время\s+которого)(?![\p{L}])/iu,
};
