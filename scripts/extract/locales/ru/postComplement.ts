/**
 * What follows a Russian post noun before its holder's name: its complement, a chain of genitives
 * (`министр иностранных дел Республики Сингапур`), joined by "и" (`министр труда и социальной
 * защиты населения`) or with "по"/"при" and their object (`министр по чрезвычайным ситуациям`,
 * `уполномоченный при Президенте`). A post may run longer than four words only over such words.
 */

/** A genitive adjective or noun, singular or plural (`иностранных`, `защиты`, `населения`). */
const GENITIVE = /(?:ого|его|ой|ей|ых|их|[аяыи]|ов|ев|ий)$/u;

/** Genitive plurals with no ending (`дел`, `сил`, `войск`). */
const BARE_GENITIVE = /^(?:дел|сил|войск|средств|вооруженных)$/u;

/** Words of those shapes that are none: adverbs (`сегодня`, `когда`), infinitives (`провести`). */
const NOT_GENITIVE =
  /^(?:сегодня|вчера|когда|тогда|всегда|иногда|никогда|сейчас|также|его|ее|её|их|ей|всей|этой|той|которой|\p{Ll}+(?:сти|зти|ти|чь))$/u;

/** The object of "по"/"при": a dative or prepositional adjective or noun (`чрезвычайным ситуациям`). */
const PREPOSITION_OBJECT = /(?:ым|им|ам|ям|ой|ей|ому|ему|ом|ем|[уюеи])$/u;

const JOINER = /^(?:и|по|при)$/u;

function isGenitive(word: string): boolean {
  return BARE_GENITIVE.test(word) || (GENITIVE.test(word) && !NOT_GENITIVE.test(word));
}

/** Whether `words`, lower case or capitalised as written, can all be a post's complement. */
export function isPostComplement(words: readonly string[]): boolean {
  let afterPreposition = false;
  for (let j = 0; j < words.length; j++) {
    const word = words[j]!;
    // (Capitalised: a state or a body, `Республики Казахстан`, `Министерства юстиции`.)
    if (/^\p{Lu}/u.test(word)) {
      afterPreposition = false;
      continue;
    }
    if (JOINER.test(word)) {
      // A joiner needs a lower-case word after it, never the name: "Президент и Иван Петров".
      if (!/^\p{Ll}/u.test(words[j + 1] ?? '')) return false;
      afterPreposition = word !== 'и';
      continue;
    }
    if (afterPreposition ? !PREPOSITION_OBJECT.test(word) && !isGenitive(word) : !isGenitive(word))
      return false;
  }
  return true;
}
