/**
 * Kazakh attaches case, possessive and plural suffixes to stems ("наурызында", "жылдардан").
 * Instead of listing every form, a word counts as a form of a stem when the rest of it splits
 * into known suffixes. Rejecting any other tail keeps "айналысу" from reading as "ай" (month),
 * "жылдам" (fast) from "жыл" (year) and "күндіз" (daytime) from "күн" (day).
 */
// prettier-ignore
const MORPHEME = [
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',             // plural
  'ымыз', 'іміз', 'сы', 'сі', 'ы', 'і', 'н',           // possessive, pronominal n
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің',             // genitive
  'ға', 'ге', 'қа', 'ке', 'на', 'не',                   // dative
  'нда', 'нде', 'да', 'де', 'та', 'те',                 // locative
  'нан', 'нен', 'дан', 'ден', 'тан', 'тен',             // ablative
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті',                   // accusative
  'мен', 'бен', 'пен',                                  // instrumental
  'ғы', 'гі', 'қы', 'кі', 'дық', 'дік', 'тық', 'тік', 'лық', 'лік', // attributive, -lyq
].join('|');

const TAIL = new RegExp(`^(?:${MORPHEME}){0,4}$`, 'u');

/** Ordinal suffixes after a digit or number word: 2020-сыншы, 24-інші, бірінші, жиырмасыншы. */
export const ORDINAL = /^(?:сыншы|сінші|ыншы|інші|ншы|нші|шы|ші)/u;

/** True when `rest` is a (possibly empty) chain of Kazakh suffixes. */
export function isKkTail(rest: string): boolean {
  return TAIL.test(rest);
}

/**
 * @example isKkForm('наурызында', 'наурыз') // true
 * @example isKkForm('айналысу', 'ай') // false
 */
export function isKkForm(low: string, stem: string): boolean {
  return low.startsWith(stem) && isKkTail(low.slice(stem.length));
}

/** Which stem of `stems` the word is a form of, trying longer stems first. */
export function findKkStem<T>(low: string, stems: ReadonlyMap<string, T>): T | undefined {
  let best: string | undefined;
  for (const stem of stems.keys()) {
    if ((!best || stem.length > best.length) && isKkForm(low, stem)) best = stem;
  }
  return best === undefined ? undefined : stems.get(best);
}

/** Genitive forms ("жылдың", "қаңтардың") open a construction that names a part of them. */
export function isKkGenitive(low: string): boolean {
  return /(?:ның|нің|дың|дің|тың|тің|ң)$/u.test(low);
}
