/**
 * The treaty a law ratifies or denounces, for the title of the chamber that acts on it ("Мажилис
 * ратифицировал договор", "Сенат келісімнің күшін жойды": titlesChamberLaw.ts). A law told by its
 * ratifying or denouncing cue, or by the ratification topic, acts on a treaty; the treaty is the
 * acting word's object, as the language places it (each locale's lexicon/treatyKinds.ts): "закон
 * о ратификации Протокола о внесении изменений в Соглашение" and "келісімге өзгерістер енгізу
 * туралы хаттаманы ратификациялады" ratify the protocol. With no treaty named, an agreement.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_TREATIES } from '../locales/kk/lexicon/treatyKinds';
import { RU_TREATIES } from '../locales/ru/lexicon/treatyKinds';

export type TreatyKind = 'agreement' | 'treaty' | 'convention' | 'protocol' | 'memorandum';

/** What the law does to the treaty: ratify it, or denounce it (end the state's part in it). */
export type TreatyAct = 'ratify' | 'denounce';

/** A treaty a law acts on, and how. */
export interface LawTreaty {
  kind: TreatyKind;
  act: TreatyAct;
}

/** A language's words of ratifying, denouncing and of treaties, and where the treaty stands. */
export interface TreatyWords {
  /** Ratifying, in any form. */
  ratifying: RegExp;
  /** Denouncing, in any form ("денонсировал", "денонсациялады", "келісімнің күшін жойды"). */
  denouncing: RegExp;
  /** Each kind's noun, any case and number (global: every place is read). */
  kinds: [TreatyKind, RegExp][];
  /** Which of the treaties named, by offset, is the one the word at `actAt` ratifies or denounces. */
  object: (named: { kind: TreatyKind; at: number; word: string }[], actAt: number) => TreatyKind | undefined; // prettier-ignore
}

const BY_LANG: Record<SourceLang, TreatyWords> = { kk: KK_TREATIES, ru: RU_TREATIES };

/**
 * What the sentence's law does to a treaty: denounces it when its cue says so, or when it is told
 * by a law's step and the sentence names no ratifying ("принял закон о денонсации соглашения");
 * else ratifies it when the cue or the topic is ratifying.
 */
function actOf(g: TreatyWords, text: string, cue: string, ratificationTopic: boolean) {
  if (g.denouncing.test(cue)) return 'denounce';
  if (g.ratifying.test(cue) || ratificationTopic) return 'ratify';
  return g.denouncing.test(text) ? 'denounce' : undefined;
}

/** The treaty a law's sentence ratifies or denounces, if the law is either. */
export function lawTreaty(
  lang: SourceLang,
  text: string,
  cue: string,
  ratificationTopic: boolean,
): LawTreaty | undefined {
  const g = BY_LANG[lang];
  const act = actOf(g, text, cue, ratificationTopic);
  if (!act) return undefined;
  const named = g.kinds
    .flatMap(([kind, pattern]) =>
      [...text.matchAll(pattern)].map((m) => ({ kind, at: m.index, word: m[0] })),
    ) // prettier-ignore
    .sort((a, b) => a.at - b.at);
  const at = text.search(act === 'denounce' ? g.denouncing : g.ratifying);
  return { kind: g.object(named, at < 0 ? text.length : at) ?? 'agreement', act };
}
