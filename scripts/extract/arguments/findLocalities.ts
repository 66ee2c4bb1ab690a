import { LOCALITIES } from './localityGrammar';
import { kkToRu, toLatinTitle, toSlug } from './transliterate';
import type { Lang, PlaceHit } from './types';

/** The generic noun of each kind, in each language. */
const GENERIC = {
  district: { kk: 'ауданы', ru: 'район', en: ' District' },
  village: { kk: 'ауылы', ru: 'село', en: ' village' },
  city: { kk: 'қаласы', ru: 'город', en: '' },
} as const;

function place(
  start: number,
  text: string,
  word: string,
  kind: keyof typeof GENERIC,
  ruAdjective?: string,
): PlaceHit {
  const g = GENERIC[kind];
  return {
    start,
    end: start + text.length,
    text,
    id: `${toSlug(word)}-${kind}`,
    kind,
    name: {
      kk: `${word} ${g.kk}`,
      // (Russian names a district by its adjective in the nominative: "Алмалинский район".)
      ru: ruAdjective ? `${ruAdjective} ${g.ru}` : `${g.ru} ${kkToRu(word)}`,
      en: `${toLatinTitle(word)}${g.en}`,
    },
  };
}

/**
 * Districts and villages the gazetteer cannot list: a capitalised name followed by the generic
 * noun (`Бәйтерек ауданы`, `Махамбет ауылында`, `Сәтбаев қаласында`, `Сырдария аудандық филиалы`),
 * or in Russian `Байтерекский район` / `в селе Махамбет` / `в городе Сатпаев`, as each locale reads
 * them (arguments/localityGrammar.ts). Ids are transliterations plus the kind.
 */
export function findLocalities(text: string, lang: Lang): PlaceHit[] {
  return LOCALITIES[lang]
    .localities(text)
    .map((m) => place(m.at, m.phrase, m.name, m.kind, m.ruAdjective));
}
