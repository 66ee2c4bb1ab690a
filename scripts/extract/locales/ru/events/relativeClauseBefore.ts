/**
 * A Russian relative clause set off by commas before the trigger: "Сенат, который в 2019 году
 * возглавлял Маулен Ашимбаев, принял закон о медиа". The date inside it is the clause's own act
 * (the heading in 2019), told of the noun it describes; the main verb past the closing comma is
 * another act, which the clause does not date, as a participle phrase does not
 * (participleBeforeNoun.ts). Unless the clause tells when its noun itself happens ("Заседание,
 * которое пройдёт 5 мая, рассмотрит закон": the sitting's day is its acts'). ", когда …" and ",
 * где …" are no such clause: "когда" tells the time of the sentence.
 */
import { RU_HAPPENING_VERB } from './relativeClause';

/**
 * A clause opening on "который" in any gender, case and number, perhaps after a preposition or a
 * noun that governs it ("в котором", "под руководством которого", "часть которых"), or on "чей".
 */
export const RU_RELATIVE_OPENING =
  /^\s*(?:[\p{L}]+\s+){0,2}?(?:котор(?:ый|ая|ое|ые|ого|ой|ому|ым|ыми|ых|ую|ом)|чей|чья|чьё|чье|чьи|чьего|чьей|чьему|чьим|чьих|чью)(?![\p{L}])/iu;

/**
 * Whether the date `[from, to)` of `text` lies in a relative clause between commas that closes
 * before the trigger at `hitAt`.
 */
export function ruBeyondRelativeClause(
  text: string,
  from: number,
  to: number,
  hitAt: number,
): boolean {
  if (hitAt < to) return false;
  const open = text.lastIndexOf(',', from);
  const close = text.indexOf(',', to);
  if (open < 0 || close < 0 || hitAt < close) return false;
  const clause = text.slice(open + 1, close);
  return RU_RELATIVE_OPENING.test(clause) && !RU_HAPPENING_VERB.test(clause);
}
