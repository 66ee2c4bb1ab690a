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
import { clauseIndex, datesIndex, type Span } from '../../../events/clauseIndex';

export type { Span };

const WORD = /[\p{L}\p{M}]+/gu;
/** What closes a clause before the object: its dates are no longer the saying's. */
const BREAK = /[,;:«»"“”()]|\s[–—-]\s/gu;
/** What ends the clause of the saying after the object. */
const STOP = /[.!?\n,;:«»"“”]/gu;
/** A converb or a participle chains a date to the verb after it ("келіп", "өткен"): no split. */
const CONVERB = /\p{L}(?:ып|іп|йып|йіп)$/u;

/** A finite verb, not a participle: the clause's verb of saying ("мәлімдеді", "атап өтті"). */
const isFinite = (w: string) => kkVerbTense(w) !== undefined && kkParticipleTense(w) === undefined;
const chains = (w: string) => CONVERB.test(w) || kkParticipleTense(w) !== undefined;

/** A reported object found in the words: where it starts, ends, and its clause's bounds. */
interface ObjectAt {
  at: number;
  end: number;
  clauseStart: number;
  clauseEnd: number;
}

/**
 * The spans [start, end) of `text` that are reported objects holding a date of their own while the
 * saying has another: the dates before one, one after the other, split at the last but one (the
 * saying's), or a date of the saying after the participle ("… өтетінін 10 наурызда мәлімдеді").
 * A sentence with one date gives none: whose it is, the words do not tell (the events stage keeps
 * reading it by nearness).
 * The words are read once per sentence (`kkObjectReader(text)`) and then asked about each cue's
 * dates: a sentence of thousands of words with an object every dozen, read afresh for each of its
 * cues and scanned whole for each object, was cubic.
 * @example kkObjectClauses('Тоқаев 10 наурызда референдум 20 сәуірде өтетінін мәлімдеді.', [{start: 7, end: 18}, {start: 30, end: 40}]) // [[18, 49]]
 */
export const kkObjectClauses = (text: string, dates: readonly Span[]) =>
  kkObjectReader(text)(dates);

/** The sentence's words read once: what gives the object spans for any of its dates. */
export function kkObjectReader(text: string): (dates: readonly Span[]) => Array<[number, number]> {
  const words = [...text.matchAll(WORD)].map((m) => ({
    w: m[0].toLowerCase(),
    at: m.index,
    end: m.index + m[0].length,
  }));
  const list = words.map((x) => x.w);
  const clause = clauseIndex(
    text,
    words,
    [...text.matchAll(BREAK)].map((m) => m.index),
    [...text.matchAll(STOP)].map((m) => m.index),
    chains,
  );
  const objects: ObjectAt[] = [];
  for (const [i, p] of words.entries()) {
    if (!isReportedObject(list, i) && !isDecidedAct(list, i)) continue;
    const lastAt = ABOUT.test(list[i + 1] ?? '') ? i + 1 : i;
    const last = words[lastAt]!;
    const clauseEnd = clause.endAfter(last.end);
    // (The clause's last word is its finite verb: a saying, not another participle's noun.)
    const verb = clause.lastWordWithin(lastAt + 1, clauseEnd);
    if (verb === undefined || !isFinite(verb)) continue;
    objects.push({ at: p.at, end: last.end, clauseStart: clause.startBefore(p.at), clauseEnd });
  }
  if (!objects.length) return () => [];
  return (dates) => {
    const inDates = datesIndex(dates);
    const spans: Array<[number, number]> = [];
    for (const o of objects) {
      const before = inDates.within(o.clauseStart, o.at);
      const sayingAfter = inDates.anyWithin(o.end, o.clauseEnd);
      if (!before.count || (before.count < 2 && !sayingAfter)) continue;
      const saying = sayingAfter ? undefined : before.lastButOne!;
      const inner = before.last!;
      // (A converb or participle between the two dates ties the first to the second's verb.)
      if (saying !== undefined && clause.chainsWithin(saying.end, inner.start)) continue;
      spans.push([saying ? saying.end : o.clauseStart, o.end]);
    }
    return spans;
  };
}
