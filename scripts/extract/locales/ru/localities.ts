/** Places Russian names with their generic noun (arguments/localityGrammar.ts). */
import { NOT_AFTER_WORD } from '../../arguments/boundaries';
import type { LocalityGrammar, LocalityMatch } from '../../arguments/localityGrammar';
import { isInflectionTail } from '../../arguments/suffixChain';
import { RU_PATRONYMIC } from './lexicon/roles';

const NAME = '(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?)';
/**
 * `Байтерекский район`: the district's adjective, its stem the name; in Russian the district is
 * named by the adjective in the nominative, whatever its case ("Алмалинского района" →
 * "Алмалинский район").
 */
const RU_DISTRICT = new RegExp(
  `${NOT_AFTER_WORD}(\\p{Lu}\\p{Ll}+)(ск|цк)(?:ий|ого|ому|ом|им)[ \\u00a0]+район(\\p{L}*)`,
  'gu',
);
/** `в селе Махамбет`, `аула`, `посёлка`. */
const RU_VILLAGE = new RegExp(
  `${NOT_AFTER_WORD}(?:сел|аул|пос[её]лк)\\p{L}{0,3}[ \\u00a0]+${NAME}`,
  'gu',
);
/** "в городе Сатпаев", "г. Сатпаев": a town named like a person is still a town. */
const RU_TOWN = new RegExp(`${NOT_AFTER_WORD}(?:город\\p{L}{0,2}|г\\.)[ \\u00a0]*${NAME}`, 'gu');

/** The holder of a town's or village's post before its noun: "Аким города", "мэра города". */
const POST_BEFORE = /(?:^|[^\p{L}])(?:аким|мэр|глав)\p{L}{0,3}[ \u00a0]+$/iu;
/** The capitalised words right after the name ("Касымбек", "Махмудович Касымбек"). */
const CAPITALISED_AFTER = /^(?:[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}-]))+/u;

/**
 * "Аким города Женис Касымбек": after the post of a town ("аким города", "глава села") a name
 * and a surname are the holder's given name and surname, not the town's name; the town is named
 * elsewhere. A third capitalised word ("аким города Сатпаев Иван Петров") leaves the first one
 * the town's.
 */
function namesHolder(text: string, at: number, phrase: string): boolean {
  if (!POST_BEFORE.test(text.slice(Math.max(0, at - 20), at))) return false;
  const words = (CAPITALISED_AFTER.exec(text.slice(at + phrase.length))?.[0] ?? '')
    .split(/[ \u00a0]+/u)
    .filter(Boolean);
  return words.length === 1 || (words.length === 2 && RU_PATRONYMIC.test(words[0]!));
}

export const RU_LOCALITIES: LocalityGrammar = {
  // (`город~ Уральск` matches "городе Уральске" too.)
  cityWithNoun: (form) => `город~ ${form}`,
  localities(text) {
    const hits: LocalityMatch[] = [];
    for (const m of text.matchAll(RU_DISTRICT)) {
      if (!isInflectionTail(m[3] ?? '', 'ru')) continue;
      const name = m[1] ?? '';
      const ruAdjective = `${name}${m[2] ?? ''}ий`;
      hits.push({ at: m.index ?? 0, phrase: m[0], name, kind: 'district', ruAdjective });
    }
    for (const [re, kind] of [
      [RU_VILLAGE, 'village'],
      [RU_TOWN, 'city'],
    ] as const)
      for (const m of text.matchAll(re)) {
        const [at, phrase, name] = [m.index ?? 0, m[0], m[1] ?? ''];
        if (!namesHolder(text, at, phrase)) hits.push({ at, phrase, name, kind });
      }
    return hits;
  },
};
