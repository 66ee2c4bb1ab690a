import { isPostComplement } from './postComplement';
import { RU_PATRONYMIC } from './lexicon/roles';
import { isRoleWord } from '../../arguments/isRoleWord';
import type { Token } from '../../arguments/tokenize';
import type { Lang } from '../../arguments/types';

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
  if (!isRoleWord(before, lang)) return false;
  return RU_COUNTRY_GENITIVE.test(tokens[k]?.text ?? '') || genitiveBeforeName(tokens, k);
}

/**
 * A genitive singular with no surname's ending before two words with no patronymic: a state's
 * name before a foreign name in two words, `Посол Сингапура Вивиан Балакришнан`, `посла Катара
 * Али Аль-Тани` (a Russian name in three words has one: `посла Ивана Петровича Сидорова`).
 */
function genitiveBeforeName(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  if (!RU_GENITIVE.test(word) || RU_SURNAME_GENITIVE.test(word)) return false;
  return ![tokens[k + 1], tokens[k + 2]].some((t) => RU_PATRONYMIC.test(t?.text ?? ''));
}

/**
 * How many of the capitalised words `first`..`last` after a post are whose post it is (0 or 1):
 * the first of three as above, or a country's genitive right after a post of any length, alone or
 * before the name (`министр иностранных дел Малайзии`, `… Малайзии Мохамад Хасан`), which had made
 * a person "Малайзии".
 */
export function ownerWords(tokens: readonly Token[], first: number, last: number, lang: Lang) {
  if (last - first === 2 && ownsPostBefore(tokens, first, lang)) return 1;
  if (lang !== 'ru') return 0;
  const word = tokens[first]?.text ?? '';
  if (RU_COUNTRY_GENITIVE.test(word) && endsPost(tokens, first, lang) !== undefined) return 1;
  return first === last && ownsObliquePost(tokens, first, lang) ? 1 : 0;
}

/**
 * The post word that token `k` comes right after, or the complement that ends it, if any. (A
 * complement may hold an abbreviation, `главой МИД`.)
 */
function endsPost(tokens: readonly Token[], k: number, lang: Lang): string | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const word = tokens[j]!.text;
    if (isRoleWord(word, lang))
      return isPostComplement(tokens.slice(j + 1, k).map((t) => t.text)) ? word : undefined;
    if (!/^\p{Ll}/u.test(word) && !RU_ABBREVIATION.test(word)) return undefined;
  }
  return undefined;
}

/** An abbreviation in a post's complement: `МИД`, `РК`, `ООН`. */
const RU_ABBREVIATION = /^\p{Lu}{2,6}$/u;

/** A post noun in the instrumental or the dative singular (`главой`, `послом`, `министру`). */
const RU_OBLIQUE_POST = /(?:ом|ем|ой|ей|у|ю|е)$/u;

/** A genitive singular (`Сингапура`, `Китая`, `Турции`), no surname's (`Петрова`, `Путина`). */
const RU_GENITIVE = /^\p{Lu}\p{Ll}{2,}[аяыи]$/u;
const RU_SURNAME_GENITIVE = /(?:ова|ева|ёва|ина|ына)$/u;

/**
 * Whether a lone word after a post is the post's owner, not its holder: a genitive after a post in
 * another case, which a name would share (`с главой МИД Сингапура`, `министру Китая`, `с послом
 * Турции`; the holder is `с послом Ивановым`), or after an abbreviation that ends the post (`главы
 * МИД Японии`). Not a surname's genitive: `главы МИД Петрова`, and the one named to a post in the
 * instrumental, `избрал председателем партии Токаева`, are holders.
 */
function ownsObliquePost(tokens: readonly Token[], k: number, lang: Lang): boolean {
  const word = tokens[k]?.text ?? '';
  const post = endsPost(tokens, k, lang);
  if (post === undefined || !RU_GENITIVE.test(word) || RU_SURNAME_GENITIVE.test(word)) return false;
  return (
    RU_ABBREVIATION.test(tokens[k - 1]?.text ?? '') || RU_OBLIQUE_POST.test(post.toLowerCase())
  );
}
