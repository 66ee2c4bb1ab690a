/**
 * The coordinate clause of a sentence that holds the offset `at`, when the sentence joins two or
 * more clauses of their own (locales/<lang>/lexicon/coordinators.ts); undefined for a sentence of
 * one clause. What a clause tells of its act (the post an appointment gives) is read in it alone.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_COORDINATE_BREAK, KK_POST_POINTED_BACK } from '../locales/kk/lexicon/coordinators';
import { RU_COORDINATE_BREAK, RU_POST_POINTED_BACK } from '../locales/ru/lexicon/coordinators';

const BREAK: Record<SourceLang, RegExp> = { kk: KK_COORDINATE_BREAK, ru: RU_COORDINATE_BREAK };

/** A clause that points back at the post another clause named (its own post is that one). */
export const POST_POINTED_BACK: Record<SourceLang, RegExp> = {
  kk: KK_POST_POINTED_BACK,
  ru: RU_POST_POINTED_BACK,
};

export function coordinateClause(lang: SourceLang, text: string, at: number): string | undefined {
  let from = 0;
  for (const m of text.matchAll(BREAK[lang])) {
    if (m.index >= at) return text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return from === 0 ? undefined : text.slice(from);
}
