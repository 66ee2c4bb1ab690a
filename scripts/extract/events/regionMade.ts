/**
 * A founding whose subject is a region or a district ("Ұлытау облысы құрылды", "Абайская область
 * была создана"): the unit itself was made, so the title names it ("Ulytau Region is created"),
 * not "a new organisation" founded in it. The kind stays the founding's (events/kinds).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_REGION_MADE_BEFORE, KK_REGIONS_MANY } from '../locales/kk/lexicon/regionMadeWords';
import {
  RU_REGION_MADE_AFTER,
  RU_REGION_MADE_BEFORE,
  RU_REGIONS_MANY,
} from '../locales/ru/lexicon/regionMadeWords';

const WORDS: Record<SourceLang, { before: RegExp; after?: RegExp; many: RegExp }> = {
  kk: { before: KK_REGION_MADE_BEFORE, many: KK_REGIONS_MANY },
  ru: { before: RU_REGION_MADE_BEFORE, after: RU_REGION_MADE_AFTER, many: RU_REGIONS_MANY },
};

/**
 * Whether the founding cue at `at` (its text `cue`) has a region or district for its subject:
 * 'one', 'many' (several made at once), or undefined.
 */
export function regionMade(
  lang: SourceLang,
  sentence: string,
  at: number,
  cue: string,
): 'one' | 'many' | undefined {
  const w = WORDS[lang];
  const made =
    w.before.test(sentence.slice(Math.max(0, at - 80), at)) ||
    (w.after?.test(sentence.slice(at, at + cue.length + 50)) ?? false);
  if (!made) return undefined;
  return w.many.test(sentence) ? 'many' : 'one';
}
