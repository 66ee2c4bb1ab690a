/** A trigger: a lexical cue that a sentence reports an event of a given type. */
import type { EventType } from '../../../src/model/schema';
import { explicitClasses } from '../letterClasses';
import { factorLeadingGuard } from '../factorGuard';

export interface Trigger {
  type: EventType;
  /** Finer kind within the type; only candidates of the same type and facet merge. */
  facet: string;
  /** Must match in the sentence (Unicode-aware, case-insensitive, no `g` flag). */
  pattern: RegExp;
  /** And so must each of these (e.g. "коалиция" AND "жұмысын бастады"). */
  also?: RegExp[];
  /**
   * `also` may be met by the sentence before too: "Как закон проходил через парламент? / Мажилис
   * одобрил его 4 июня" names the law in the question and takes it up by a pronoun.
   */
  alsoBefore?: boolean;
  /** Generic gathering words ("жиын") that join a more specific event of the same day in the article. */
  generic?: boolean;
  /** Cannot follow these words (e.g. "тағайындау" of an election is not an appointment). */
  notAfter?: RegExp;
  /** Cannot be followed by these words (a renaming only proposed or discussed is not a renaming). */
  notBefore?: RegExp;
  /** A weak cue (verbs of saying): counts only when the sentence has no other trigger. */
  fallback?: boolean;
  /**
   * The weakest cue, which says only that something happened on a day (a chronicle's entry, "6
   * января — …"): it stands aside for any other cue of the sentence, weak ones too.
   */
  weakest?: boolean;
  /** Only an event when its own sentence dates it ("өтті" alone says nothing; "5 қаңтарда өтті" does). */
  needsDate?: boolean;
  /** And that date stands in the cue's own clause (events/sameClause.ts). */
  clauseDate?: boolean;
  /**
   * A vote's outcome told as done ("Жаңа Конституция қабылданды", "Новая Конституция принята"):
   * unlike the vote itself, the article's own news of it may take the publication date.
   */
  outcome?: boolean;
  /**
   * A verb's cue, the predicate of what the words before it name: never the topic of a document
   * named there ("Закон о выборах сегодня признан не соответствующим Конституции" is that law
   * found so, not a law about a ruling); nor dated by a Kazakh attributive date, which describes
   * the noun before the verb ("2026 жылғы бюджетті бекітті": the budget's year).
   */
  predicate?: boolean;
}

/** Start-of-word guard: JS `\b` does not know Cyrillic. */
export const W = String.raw`(?<![\p{L}\p{N}])`;

/** W as it stands at the start of a compiled trigger pattern (`re` spells its classes out). */
export const W_COMPILED = explicitClasses(W);

/** A trigger pattern: case-insensitive, with its letter classes spelled fast to compile. */
export function re(source: string): RegExp {
  return new RegExp(factorLeadingGuard(explicitClasses(source)), 'iu');
}
