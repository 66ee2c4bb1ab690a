/**
 * Parties listed before one plural noun, each with that noun (locales/<lang>/lexicon/
 * sharedPartyNoun.ts): in "Гражданская и Аграрная партии объединились" the Civic Party is named
 * by its adjective alone, the noun written once for both. Each listed name but the last (which has
 * the noun next to it) is read with the singular noun and any words after the plural ("… партии
 * Казахстана"), and is a party where the lexicon knows that name.
 */
import { KK_SHARED_PARTY_NOUN } from '../locales/kk/lexicon/sharedPartyNoun';
import { RU_SHARED_PARTY_NOUN } from '../locales/ru/lexicon/sharedPartyNoun';
import type { CompiledForm } from './matchForms';
import { matchForms } from './matchForms';
import type { Hit, Lang } from './types';

const CUES = { kk: KK_SHARED_PARTY_NOUN, ru: RU_SHARED_PARTY_NOUN };

/** The parties the listed words are with the shared noun, spanning each word alone. */
export function sharedPartyNoun<T>(
  text: string,
  lang: Lang,
  forms: readonly CompiledForm<T>[],
): Array<Hit & { payload: T }> {
  if (!/парти/iu.test(text)) return [];
  const cue = CUES[lang];
  const out: Array<Hit & { payload: T }> = [];
  for (const list of text.matchAll(cue.list)) {
    const after = text.slice(list.index + list[0].length, list.index + list[0].length + 60);
    for (const name of list[1]!.matchAll(cue.listed)) {
      // (Two capitalised words may be one name, "Қазақстан Халық", or a word that opens the
      // sentence and the name: "Кеше Азаматтық".)
      const words = name[1]!.split(/\s+/u);
      for (const written of words.length > 1 ? [name[1]!, words.at(-1)!] : [name[1]!]) {
        const phrase = `${written} ${cue.singular}`;
        const hit = matchForms(`${phrase}${after}`, lang, forms).find(
          (h) => h.start === 0 && h.end >= phrase.length,
        );
        if (!hit) continue;
        const start = list.index + name.index + name[1]!.length - written.length;
        out.push({ start, end: start + written.length, text: written, payload: hit.payload });
        break;
      }
    }
  }
  return out;
}
