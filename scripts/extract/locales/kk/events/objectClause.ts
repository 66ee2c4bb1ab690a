/**
 * The reported object of a Kazakh verb of saying, as a span that dates apart from its main clause.
 * "Тоқаев 10 наурызда референдум 20 сәуірде өтетінін мәлімдеді": the object is a clause of its
 * own, its participle made a noun ("өтетінін", "өткені туралы"), with its subject and its own date
 * before it; Kazakh puts the finite verb of saying last. A date right after the main subject,
 * before the object's, is the saying's (10 March, the statement); the one between the object's
 * subject and its participle is the reported act's (20 April, the referendum). Nearness alone
 * swaps them: each date stands one word from the other's cue.
 * So is an act a decision or a proposal is about, a verbal noun before "туралы шешім": "Бүгін
 * Тоқаев 5 қазанда референдум өткізу туралы шешім қабылдады" decided today to hold it on 5 October.
 */
import { ABOUT, isDecidedAct, isReportedObject } from '../dates/reportedObject';
import { kkVerbTense } from './kkVerbTense';
import { kkParticipleTense } from '../kkParticiple';

/** A date's span in the sentence's text. */
export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
/** What closes a clause before the object: its dates are no longer the saying's. */
const BREAK = /[,;:«»"“”()]|\s[–—-]\s/gu;
/** A converb or a participle chains a date to the verb after it ("келіп", "өткен"): no split. */
const CONVERB = /\p{L}(?:ып|іп|йып|йіп)$/u;

/** A finite verb, not a participle: the clause's verb of saying ("мәлімдеді", "атап өтті"). */
const isFinite = (w: string) => kkVerbTense(w) !== undefined && kkParticipleTense(w) === undefined;

/**
 * The spans [start, end) of `text` that are reported objects holding a date of their own while the
 * saying has another: the dates before one, one after the other, split at the last but one (the
 * saying's), or a date of the saying after the participle ("… өтетінін 10 наурызда мәлімдеді").
 * A sentence with one date gives none: whose it is, the words do not tell (the events stage keeps
 * reading it by nearness).
 * @example kkObjectClauses('Тоқаев 10 наурызда референдум 20 сәуірде өтетінін мәлімдеді.', [{start: 7, end: 18}, {start: 30, end: 40}]) // [[18, 49]]
 */
export function kkObjectClauses(text: string, dates: readonly Span[]): Array<[number, number]> {
  const words = [...text.matchAll(WORD)].map((m) => ({
    w: m[0].toLowerCase(),
    at: m.index,
    end: m.index + m[0].length,
  }));
  const list = words.map((x) => x.w);
  const breaks = [...text.matchAll(BREAK)].map((m) => m.index);
  const spans: Array<[number, number]> = [];
  for (const [i, p] of words.entries()) {
    if (!isReportedObject(list, i) && !isDecidedAct(list, i)) continue;
    const last = ABOUT.test(list[i + 1] ?? '') ? words[i + 1]! : p;
    const clauseStart = Math.max(-1, ...breaks.filter((b) => b < p.at)) + 1;
    const stop = text.slice(last.end).search(/[.!?\n,;:«»"“”]/u);
    const clauseEnd = stop < 0 ? text.length : last.end + stop;
    const after = words.filter((x) => x.at >= last.end && x.end <= clauseEnd);
    // (The clause's last word is its finite verb: a saying, not another participle's noun.)
    if (!after.length || !isFinite(after.at(-1)!.w)) continue;
    const before = dates.filter((d) => d.start >= clauseStart && d.end <= p.at);
    const sayingAfter = dates.some((d) => d.start >= last.end && d.end <= clauseEnd);
    if (!before.length || (before.length < 2 && !sayingAfter)) continue;
    const saying = sayingAfter ? undefined : before.at(-2)!;
    const inner = before.at(-1)!;
    // (A converb or participle between the two dates ties the first to the second's verb.)
    const chained =
      saying !== undefined &&
      words.some(
        (x) =>
          x.at >= saying.end &&
          x.end <= inner.start &&
          (CONVERB.test(x.w) || kkParticipleTense(x.w) !== undefined),
      );
    if (chained) continue;
    spans.push([saying ? saying.end : clauseStart, last.end]);
  }
  return spans;
}
