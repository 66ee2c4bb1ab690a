/**
 * What relativeClause.ts asks of a language whose relative clauses follow their noun ("выборы,
 * которые пройдут 19 марта"): where such a clause opens, and the verbs that tell the antecedent's
 * own happening. Each locale that has them answers in locales/<lang>/events/relativeClause.ts.
 */
import type { SourceLang } from '../../../src/model/schema';
import { RU_RELATIVE_CLAUSE } from '../locales/ru/events/relativeClause';

export interface RelativeClauseWords {
  /** Where a relative clause opens after its noun ("…, часть которых"). */
  opening: RegExp;
  /** Verbs that tell when the antecedent itself happens; any other verb tells an act of its own. */
  happeningVerb: RegExp;
}

export const RELATIVE_CLAUSE: Record<SourceLang, RelativeClauseWords | undefined> = {
  // Kazakh puts its relative clauses before the noun, as participles (attributePhrases.ts).
  kk: undefined,
  ru: RU_RELATIVE_CLAUSE,
};
