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
  if (RU_STATE_NOUN.test(before)) return isRoleWord(owner, lang) || /^\p{Ll}/u.test(owner);
  return isRoleWord(before, lang) && RU_COUNTRY_GENITIVE.test(tokens[k]?.text ?? '');
}
