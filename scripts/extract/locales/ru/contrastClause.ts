/**
 * A Russian clause joined by the contrastive ", а" ("5 февраля президент принял отставку кабинета,
 * а на следующий день премьером стал Ольжас Бектенов") is a clause of its own with its own
 * subject and verb: whom it names did not do what the clause before tells. Not the correction
 * "не X, а Y" ("указ подписал не Токаев, а Назарбаев"), where the one after "а" is the doer.
 */
const CONTRAST = /,\s+а(?![\p{L}])/gu;
/** "не" in the clause before the comma: a correction, not two clauses. */
const NEGATED_BEFORE = /(?<![\p{L}])не\s+[^,;.!?]*$/iu;

/** Where the first contrastive clause after `at` in `text` (a sentence) starts, if any. */
export function ruContrastAfter(text: string, at: number): number | undefined {
  if (!text.includes(', а')) return undefined;
  CONTRAST.lastIndex = at;
  const m = CONTRAST.exec(text);
  if (!m || NEGATED_BEFORE.test(text.slice(0, m.index))) return undefined;
  return m.index;
}
