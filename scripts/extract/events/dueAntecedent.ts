/**
 * The thing a deadline's pronoun stands for: "…, ол 1 сәуірге дейін жалғасады", "…, она продлится
 * до 1 апреля" name what lasts by "ол"/"она"/"он"/"оно" alone, so the thing is the nearest one
 * named before the clause, in the sentence (events/dueAct.ts). Only where the clause opens with
 * the pronoun: otherwise the clause names its own thing or none.
 */
import type { SourceLang } from '../../../src/model/schema';

const PRONOUN: Record<SourceLang, RegExp> = {
  kk: /^\s*(?:ол|олар)(?!\p{L})/iu,
  ru: /^\s*(?:он|она|оно|они)(?!\p{L})/iu,
};

export function antecedentObject<K>(
  lang: SourceLang,
  clause: string,
  before: string,
  found: (text: string) => Array<{ key: K; end: number }>,
): K | undefined {
  if (!PRONOUN[lang].test(clause)) return undefined;
  return found(before).sort((a, b) => b.end - a.end)[0]?.key;
}
