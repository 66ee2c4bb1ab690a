/**
 * The act a decree cue names when it is not a decree: a resolution (постановление, қаулы), an
 * order (приказ, бұйрық) or an instruction (распоряжение, өкім). Only the President issues decrees
 * (указ, Жарлық); an akim's or a minister's act is titled by the noun the text gives it
 * ("Аким подписал постановление": "signs a resolution", not "a decree" nor "an order").
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_ACT_NOUNS } from '../locales/kk/lexicon/actNouns';
import { RU_ACT_NOUNS } from '../locales/ru/lexicon/actNouns';

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
