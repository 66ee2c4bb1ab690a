import { isPostComplement } from '../locales/ru/postComplement';
import { isRoleWord } from './isRoleWord';
import type { Token } from './tokenize';
import type { Lang } from './types';

/**
 * The noun of a state's full name, before its name, capitalised: `Республики Сингапур`,
 * `Государства Катар` (not the common noun of `Главы государства Иван Петров`).
 */
const RU_STATE_NOUN = /^(?:Республик|Королевств|Княжеств|Султанат|Государств)\p{Ll}{0,3}$/u;

/** A country's name in the genitive of -ия: `Малайзии`, `Индонезии`, `Италии`. */
const RU_COUNTRY_GENITIVE = /^\p{Lu}\p{Ll}{2,}ии$/u;

/** Instrumental and dative endings of a name's words (`Вивианом`, `Балакришнану`, `Анной`). */
const RU_INSTRUMENTAL = /\p{Ll}(?:ом|ем|ым|им|ой|ей|ёй)$/u;
const RU_DATIVE = /\p{Ll}(?:у|ю|ой|ей)$/u;

/**
 * The words of a name share its case: a genitive before two words in the instrumental or the
 * dative is the post's owner, a state or a body (`министром иностранных дел Сингапура Вивианом
 * Балакришнаном`, `министру … Сингапура Вивиану Балакришнану`), after however long a post.
 */
function genitiveBeforeOblique(tokens: readonly Token[], k: number): boolean {
  const [a, b, c] = [tokens[k]?.text ?? '', tokens[k + 1]?.text ?? '', tokens[k + 2]?.text ?? ''];
  if (!/^\p{Lu}\p{Ll}+(?:а|я|ы|и)$/u.test(a)) return false;
  return [RU_INSTRUMENTAL, RU_DATIVE].some((e) => e.test(b) && e.test(c));
}

/**
 * Whether token `k`, the first of three capitalised words after a post, is whose post it is, not
 * the first of a foreign name: `Премьер-министр Республики Сингапур Лоуренс Вонг`, `Премьер-министр
 * Малайзии Анвар Ибрагим` (Russian; a post's owner in Kazakh comes before it).
 */
export function ownsPostBefore(tokens: readonly Token[], k: number, lang: Lang): boolean {
  if (lang !== 'ru') return false;
  const before = tokens[k - 1]?.text ?? '';
  // (Right after the post or the end of a longer one, `Министр иностранных дел Республики
  // Сингапур`; in `Президент Турецкой Республики Реджеп Тайип Эрдоган` the state's name is the
  // adjective, and the three words are the name.)
  const owner = tokens[k - 2]?.text ?? '';
  if (genitiveBeforeOblique(tokens, k)) return true;
  if (RU_STATE_NOUN.test(before)) return isRoleWord(owner, lang) || /^\p{Ll}/u.test(owner);
  return isRoleWord(before, lang) && RU_COUNTRY_GENITIVE.test(tokens[k]?.text ?? '');
}

/**
 * How many of the capitalised words `first`..`last` after a post are whose post it is (0 or 1):
 * the first of three as above, or a country's genitive right after a post of any length, alone or
 * before the name (`министр иностранных дел Малайзии`, `… Малайзии Мохамад Хасан`), which had made
 * a person "Малайзии".
 */
export function ownerWords(tokens: readonly Token[], first: number, last: number, lang: Lang) {
  if (last - first === 2 && ownsPostBefore(tokens, first, lang)) return 1;
  return lang === 'ru' &&
    RU_COUNTRY_GENITIVE.test(tokens[first]?.text ?? '') &&
    endsPost(tokens, first, lang)
    ? 1
    : 0;
}

/** Whether token `k` comes right after a post word or the complement that ends it. */
function endsPost(tokens: readonly Token[], k: number, lang: Lang): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const word = tokens[j]!.text;
    if (isRoleWord(word, lang)) return isPostComplement(tokens.slice(j + 1, k).map((t) => t.text));
    if (!/^\p{Ll}/u.test(word)) return false;
  }
  return false;
}
