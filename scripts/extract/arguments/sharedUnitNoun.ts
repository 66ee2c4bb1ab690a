/**
 * Places listed before one plural unit noun, each with that noun (locales/kk/lexicon/
 * sharedUnitNoun.ts): in "Абай, Жетісу және Ұлытау облыстары" Абай and Жетісу are regions,
 * though a bare "Абай" names a person or a town. Only Kazakh writes its lists so here.
 */
import {
  KK_LISTED_NAME,
  KK_SHARED_UNIT_NOUN,
  KK_UNIT_SINGULAR,
} from '../locales/kk/lexicon/sharedUnitNoun';
import type { CompiledForm } from './matchForms';
import { matchForms } from './matchForms';
import type { Hit, Lang } from './types';

/** The places the listed names are with the shared noun, spanning each name alone. */
export function sharedUnitNoun<T>(
  text: string,
  lang: Lang,
  forms: readonly CompiledForm<T>[],
): Array<Hit & { payload: T }> {
  if (lang !== 'kk' || !/(?:облыстар|аудандар)/iu.test(text)) return [];
  const out: Array<Hit & { payload: T }> = [];
  for (const list of text.matchAll(KK_SHARED_UNIT_NOUN)) {
    const singular = KK_UNIT_SINGULAR[list[2]!]!;
    for (const name of list[1]!.matchAll(KK_LISTED_NAME)) {
      // (Two capitalised words may be one name, "Батыс Қазақстан", or a word that opens the
      // sentence and the name: "Биыл Абай".)
      const words = name[1]!.split(/\s+/u);
      for (const written of words.length > 1 ? [name[1]!, words.at(-1)!] : [name[1]!]) {
        const phrase = `${written} ${singular}`;
        const hit = matchForms(phrase, lang, forms).find((h) => h.start === 0 && h.end === phrase.length); // prettier-ignore
        if (!hit) continue;
        const start = list.index + name.index + name[1]!.length - written.length;
        out.push({ start, end: start + written.length, text: written, payload: hit.payload });
        break;
      }
    }
  }
  return out;
}
