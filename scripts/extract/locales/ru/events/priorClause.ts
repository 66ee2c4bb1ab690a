/**
 * A Russian clause of what came before the main clause's act: "…, после того как Назарбаев сложил
 * полномочия", "С тех пор как президент подписал указ, …" (events/when.ts: undated there, the act
 * is background, never the article's news day).
 */

/** "после того(,) как", "с тех пор(,) как", then the clause up to the trigger. */
const OPENING = /(?<![\p{L}])(?:после\s+того|с\s+тех\s+пор),?\s+как\s+[^,;:.!?«»"]*$/iu;

/** A past verb, the clause's predicate ("сложил", "подали", "принято"). */
const PAST = /(?<![\p{L}])[\p{L}]{2,}(?:ал|ял|ел|ил|ыл|ул|ла|ло|ли)(?:ся|сь)?(?![\p{L}])/u;

/**
 * A pronoun that takes the clause's act up again in the rest of the sentence: "После того как
 * парламент принял закон, президент его подписал" tells the law's signing too.
 */
const TAKEN_UP =
  /(?<![\p{L}])(?:его|её|ее|их|него|неё|нее|них|ним|ней|нему|ему|им|ей)(?![\p{L}])/iu;

/** Whether the trigger at `at` of `sentence` stands in such a clause, as its act. */
export function ruPriorClause(sentence: string, at: number): boolean {
  const open = OPENING.exec(sentence.slice(0, at));
  if (!open) return false;
  const rest = sentence.slice(at);
  const stop = rest.search(/[,;:.!?«»"]/u);
  const end = stop < 0 ? sentence.length : at + stop;
  const clause = sentence.slice(open.index, end);
  const outside = sentence.slice(0, open.index) + sentence.slice(end);
  return PAST.test(clause) && !TAKEN_UP.test(outside);
}
