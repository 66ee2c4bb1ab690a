import { KK_MONTHS } from '../dates/kkLexicon';

/**
 * Kazakh noun-phrase endings the event stage reads dates by: the postpositions that close a phrase,
 * participles, and the attributive form of a date ("2022 жылғы", "5 маусымдағы").
 */
/** Postpositions that close a noun phrase: "жұмыс туралы", "заң бойынша". */
export const POSTPOSITIONS = String.raw`(?:туралы|жайлы|жөнінде|бойынша|үшін|арқылы|кейін|соң|дейін|бұрын|қарсы|сияқты|байланысты)`;
export const POSTPOSITION = new RegExp(String.raw`(?<![\p{L}])${POSTPOSITIONS}(?![\p{L}])`, 'u');

/** A Kazakh participle, past or future: "өткен", "өтетін", "жоспарланған". */
export const PARTICIPLE = String.raw`[\p{L}\p{M}]{2,}(?:ған|ген|қан|кен|атын|етін|йтын|йтін)`;

/** A date followed by its participle ("19 наурызда өткен", "10 қаңтарда өтетін"): an attribute of the noun after it. */
export const ATTRIBUTE_AFTER_DATE = new RegExp(String.raw`^\s+${PARTICIPLE}(?=\s)`, 'u');

/** A Kazakh verbal noun in -у/-ю, the name of an act ("өткізу", "тағайындау"); lower case, as "Маңғыстау" is a place. */
export const KK_VERBAL_NOUN = String.raw`\p{Ll}[\p{L}\p{M}]+[ую]`;

/**
 * Nouns in -у that name a thing, not an act done on a day: "сайлау" (an election) in "сайлау туралы
 * заң" is the law's subject, while "өткізу" (holding) in "15 наурызда өткізу туралы Жарлық" is the
 * act the date sets.
 */
export const KK_NAMING_NOUN_IN_U = String.raw`(?:сайлау)`;

/** A noun in the genitive modifies another noun: "съезінің делегаттары". */
export const KK_GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u;

/** A Kazakh date in the attributive form: "2022 жылғы 5 маусымдағы", "2022 жылғы". */
export const ATTRIBUTIVE = /(?:ғы|гі|қы|кі)$/u;

/**
 * A date ending in a month's bare name, which names the noun right after it by that month ("2022
 * жылғы қаңтар оқиғалары", "Желтоқсан көтерілісі"): the noun's date.
 */
export const BARE_MONTH_END = new RegExp(
  `(?<![\\p{L}])(?:${[...KK_MONTHS.keys()].join('|')})$`,
  'iu',
);

/**
 * Where the noun phrase before a postposition starts, Kazakh putting the noun's modifiers before
 * it: the last `words` words of `before`, within its clause (after its last comma, semicolon or
 * colon). Shared by the event phrases (afterEvent.ts) and the bounds (dateBound.ts).
 */
export function nounPhraseStart(before: string, words: number): number {
  const clause =
    Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const last = [...before.matchAll(/\S+/gu)].slice(-words);
  return Math.max(clause, last[0]?.index ?? 0);
}
