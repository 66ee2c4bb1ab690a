/**
 * The thing a deadline's pronoun stands for: "…, ол 1 сәуірге дейін жалғасады", "…, она продлится
 * до 1 апреля" name what lasts by "ол"/"она"/"он"/"оно" alone, so the thing is the nearest one
 * named before the clause, in the sentence (events/dueAct.ts). Only where the clause opens with
 * the pronoun: otherwise the clause names its own thing or none.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_CLAUSE_PRONOUN } from '../locales/kk/lexicon/clausePronoun';
import { RU_CLAUSE_PRONOUN } from '../locales/ru/lexicon/clausePronoun';

const PRONOUN = { kk: KK_CLAUSE_PRONOUN, ru: RU_CLAUSE_PRONOUN };

export function antecedentObject<K>(
  lang: SourceLang,
  clause: string,
  before: string,
  found: (text: string) => Array<{ key: K; end: number }>,
): K | undefined {
  if (!PRONOUN[lang].test(clause)) return undefined;
  return found(before).sort((a, b) => b.end - a.end)[0]?.key;
}
