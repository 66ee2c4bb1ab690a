/**
 * What findPersons hands a language's declinedName besides the name itself (personNameGrammar.ts
 * NameAround), and the check it makes before cutting a three-word run to its last two words.
 */
import { coordinatedPartner, genderAround, wordBefore } from './nameContext';
import { nominativeName } from './normaliseName';
import { PERSON_NAMES, type NameAround } from './personNameGrammar';
import type { Gender } from './personGender';
import type { Token } from './tokenize';
import type { Lang, PersonHit } from './types';

/** The verb's gender, the person coordinated before, the words after tokens `first`..`last`. */
export function nameAround(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  found: readonly PersonHit[],
  lang: Lang,
  gender: Gender | undefined,
): NameAround {
  return {
    gender,
    partner: coordinatedPartner(text, tokens, first, found, lang),
    after: tokens.slice(last + 1, last + 4).map((t) => t.text),
  };
}

/**
 * Whether three capitalised words without a patronymic decline as one name (`Реджепа Тайипа
 * Эрдогана`, `Реджеп Тайип Ердоғанмен кездесті`): two given names and a surname, kept whole
 * rather than cut to the last two.
 */
export function declinesAsOneName(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  found: readonly PersonHit[],
  lang: Lang,
): boolean {
  const grammar = PERSON_NAMES[lang];
  if (!grammar.declinedName) return false;
  const written = tokens.slice(first, last + 1).map((t) => t.text);
  const hint = genderAround(text, tokens, first, last, lang, found);
  const before = wordBefore(text, tokens, first);
  const words = nominativeName(written, lang, hint, before);
  const around = nameAround(text, tokens, first, last, found, lang, hint);
  return grammar.declinedName(written, words, before, around);
}
