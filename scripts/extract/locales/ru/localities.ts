/** Places Russian names with their generic noun (arguments/localityGrammar.ts). */
import { NOT_AFTER_WORD } from '../../arguments/boundaries';
import type { LocalityGrammar, LocalityMatch } from '../../arguments/localityGrammar';
import { isInflectionTail } from '../../arguments/suffixChain';

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
    for (const m of text.matchAll(RU_VILLAGE))
      hits.push({ at: m.index ?? 0, phrase: m[0], name: m[1] ?? '', kind: 'village' });
    for (const m of text.matchAll(RU_TOWN))
      hits.push({ at: m.index ?? 0, phrase: m[0], name: m[1] ?? '', kind: 'city' });
    return hits;
  },
};
