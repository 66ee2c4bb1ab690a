/**
 * Places listed before one plural unit noun, each with that noun (locales/<lang>/lexicon/
 * sharedUnitNoun.ts): in "Абай, Жетісу және Ұлытау облыстары" Абай and Жетісу are regions,
 * though a bare "Абай" names a person or a town; in "Абайская, Жетысуская и Улытауская области"
 * the first two are regions the gazetteer knows only beside "область".
 */
import {
  KK_LISTED_NAME,
  KK_SHARED_UNIT_NOUN,
  KK_UNIT_SINGULAR,
} from '../locales/kk/lexicon/sharedUnitNoun';
import {
  RU_LISTED_NAME,
  RU_SHARED_UNIT_NOUN,
  RU_UNIT_SINGULAR,
} from '../locales/ru/lexicon/sharedUnitNoun';
import type { CompiledForm } from './matchForms';
import { matchForms } from './matchForms';
import type { Hit, Lang } from './types';

const LISTS = {
  kk: { plural: /(?:облыстар|аудандар)/iu, list: KK_SHARED_UNIT_NOUN, name: KK_LISTED_NAME, singular: KK_UNIT_SINGULAR }, // prettier-ignore
  ru: { plural: /(?:област|район)(?:и|ей|ям|ями|ях|ы|ов|ам|ами|ах)(?!\p{L})/iu, list: RU_SHARED_UNIT_NOUN, name: RU_LISTED_NAME, singular: RU_UNIT_SINGULAR }, // prettier-ignore
};

/** The places the listed names are with the shared noun, spanning each name alone. */
export function sharedUnitNoun<T>(
  text: string,
  lang: Lang,
  forms: readonly CompiledForm<T>[],
): Array<Hit & { payload: T }> {
  const rules = LISTS[lang];
  if (!rules.plural.test(text)) return [];
  const out: Array<Hit & { payload: T }> = [];
  for (const list of text.matchAll(rules.list)) {
    const singular = rules.singular[list[2]!.toLowerCase()]!;
    for (const name of list[1]!.matchAll(rules.name)) {
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
