/**
 * The act a decree cue names when it is not a decree: a resolution (постановление, қаулы), an
 * order (приказ, бұйрық) or an instruction (распоряжение, өкім). Only the President issues decrees
 * (указ, Жарлық); an akim's or a minister's act is titled by the noun the text gives it
 * ("Аким подписал постановление": "signs a resolution", not "a decree" nor "an order").
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_ACT_ISSUED, KK_ACT_NOUNS } from '../locales/kk/lexicon/actNouns';
import { RU_ACT_ISSUED, RU_ACT_NOUNS } from '../locales/ru/lexicon/actNouns';
import { ministryOfMinister, postPhrases } from './ministerPost';
import { L, mainActor, tense, ruDid, type Parts } from './titleParts';
import type { Localized } from '../../../src/model/schema';

export type NamedAct = 'resolution' | 'order' | 'instruction';

const NOUNS: Record<SourceLang, ReadonlyArray<readonly [NamedAct, RegExp]>> = {
  ru: RU_ACT_NOUNS,
  kk: KK_ACT_NOUNS,
};

/** The act the cue's words name, if not a decree. */
export function actNamed(lang: SourceLang, cue: string): NamedAct | undefined {
  if (/указ|жарлы[қғ]/iu.test(cue)) return undefined;
  return NOUNS[lang].find(([, re]) => re.test(cue))?.[0];
}

/** [kk object, kk noun, ru object, ru noun, en object, en noun] of an act signed. */
type Phrases = readonly [string, string, string, string, string, string];

// prettier-ignore
const PHRASES: Record<NamedAct, Phrases> = {
  resolution: ['қаулыға', 'Қаулы', 'постановление', 'Постановление', 'a resolution', 'Resolution'],
  order: ['бұйрыққа', 'Бұйрық', 'приказ', 'Приказ', 'an order', 'Order'],
  instruction: ['өкімге', 'Өкім', 'распоряжение', 'Распоряжение', 'an instruction', 'Instruction'],
};

/** Someone else's act the text calls a decree: an order (өкім, распоряжение), as before. */
// prettier-ignore
const NOT_A_DECREE: Phrases = ['өкімге', 'Өкім', 'распоряжение', 'Распоряжение', 'an order', 'Order'];

/** How an act that is no decree is named in a title: the act the text names, if it does. */
export const actPhrases = (act: NamedAct | undefined): Phrases =>
  act ? PHRASES[act] : NOT_A_DECREE;

const ISSUED: Record<SourceLang, RegExp> = { ru: RU_ACT_ISSUED, kk: KK_ACT_ISSUED };

/** Whether the cue issues the act ("издал приказ", "бұйрық шығарды") rather than signs it. */
export const actIssued = (lang: SourceLang, cue: string): boolean => ISSUED[lang].test(cue);

/**
 * The ministry of the minister who issues an act, named in the cue's clause before it ("Министр
 * юстиции издал приказ", "Әділет министрі бұйрыққа қол қойды"): the title names him by his post
 * when the text gives no name, never a guessed one.
 */
export function issuingMinistry(lang: SourceLang, text: string, at: number): string | undefined {
  return ministryOfMinister(text.slice(0, at).split(/[,;:]/u).at(-1) ?? '', lang);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The minister by his post, where the act's issuer is named so only ("The Minister of Justice"). */
export function ministerIssuing(
  c: Parts,
): { name: Localized; female: boolean; headOfState: boolean } | undefined {
  if (!c.args.act || !c.args.ministry || mainActor(c)) return undefined;
  const p = postPhrases({ post: 'minister', ministry: c.args.ministry });
  return p && { name: L(cap(p.kk), cap(p.ru), `The ${p.en}`), female: false, headOfState: false };
}

/** The verb of an act issued: "шығарды", "издал", "issues"; and the Kazakh object, bare ("бұйрық шығарды"). */
export function issuedVerb(
  c: Parts,
  female: boolean,
  kkNoun: string,
): { verb: Localized; kkObj: string } {
  return {
    verb: L(
      tense(c, 'шығарды', 'шығармақ'),
      ruDid(c, female, 'издал', 'издала', 'издаст'),
      tense(c, 'issues', 'to issue'),
    ),
    kkObj: kkNoun.toLowerCase(),
  };
}
