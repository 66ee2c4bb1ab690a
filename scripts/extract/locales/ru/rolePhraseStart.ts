/** Where a Russian role phrase before a name starts (arguments/rolePhraseBefore.ts). */
import { isRoleWord } from '../../arguments/isRoleWord';
import type { RolePhraseStart } from '../../arguments/rolePhraseBefore';
import { RU_ROLE_STOP_WORDS } from './lexicon/roles';
import { NOT_PAST } from './ruVerbForms';

/**
 * A Russian past verb closes the clause ("Президент провел заседание Совета …": "Совета" has
 * no post before it); lower case only, and not a noun that ends alike ("канала", "генерал").
 */
const RU_PAST_VERB = new RegExp(
  String.raw`^(?!${NOT_PAST}$)\p{Ll}{2,}(?:л|ла|ло|ли)(?:сь|ся)?$`,
  'u',
);

/** Russian puts the role noun first (`председатель Мажилиса Ерлан Кошанов`): up to four words back. */
export const RU_ROLE_PHRASE_START: RolePhraseStart = (tokens, i, joined) => {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const token = tokens[k];
    if (!token || (k < i - 1 && !joined(k))) break;
    if (RU_ROLE_STOP_WORDS.has(token.text.toLowerCase()) || RU_PAST_VERB.test(token.text)) break;
    if (isRoleWord(token.text, 'ru')) return token.start;
  }
  return null;
};
