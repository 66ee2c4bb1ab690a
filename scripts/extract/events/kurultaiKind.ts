/**
 * Whether a bare "курултай" / "құрылтай" is a party's congress. Since 2022 the word names first
 * the National Kurultai, an advisory state council that meets in sessions ("Курултай прошёл в
 * Атырау", "выступил на курултае"); a party's congress is told so by the words around it: the
 * party named in the sentence, or before it in the paragraph (fillArguments.ts gives a congress
 * that party), or an article that calls the gathering a congress too ("съезд (курултай) партии").
 * In an article that names the National Kurultai only a party named beside the word makes it a
 * congress.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_PARTY_CONGRESS } from '../locales/kk/lexicon/partyCongress';
import { RU_PARTY_CONGRESS } from '../locales/ru/lexicon/partyCongress';

export interface PartyCongressWords {
  /** The party's noun or adjective, in any form. */
  party: RegExp;
  /** The congress's own noun ("съезд", "съезі"). */
  congress: RegExp;
  /**
   * A bare Kurultai as the owner of a sitting's noun: the genitive after it in Russian ("заседание
   * Курултая", tested on the text after the noun), the bare or genitive noun before it in Kazakh
   * ("Құрылтай отырысы", tested on the text before).
   */
  sittingOwner: { after?: RegExp; before?: RegExp };
}

const WORDS: Record<SourceLang, PartyCongressWords> = {
  kk: KK_PARTY_CONGRESS,
  ru: RU_PARTY_CONGRESS,
};

/**
 * Whether the gathering's noun at `at` (`len` long) is a bare Kurultai's sitting: "заседание
 * Курултая" is the council's session (or a party's congress, as partyKurultai tells), not a
 * sitting of no one.
 */
export function kurultaiSitting(
  lang: SourceLang,
  sentence: string,
  at: number,
  len: number,
): boolean {
  const { after, before } = WORDS[lang].sittingOwner;
  return (
    after?.test(sentence.slice(at + len, at + len + 24)) === true ||
    before?.test(sentence.slice(Math.max(0, at - 24), at)) === true
  );
}

/** Whether the article calls a gathering a congress ("съезд", "съезі"). */
export const namesCongress = (lang: SourceLang, text: string): boolean =>
  WORDS[lang].congress.test(text);

/**
 * `partyNamed`: a party is among the event's organisations (named in the sentence or before it);
 * `article`: what the whole article names.
 */
export function partyKurultai(
  lang: SourceLang,
  sentence: string,
  partyNamed: boolean,
  article: { kurultaiArticle: boolean; congressArticle: boolean },
): boolean {
  if (partyNamed || WORDS[lang].party.test(sentence)) return true;
  return !article.kurultaiArticle && article.congressArticle;
}
