/**
 * The treaty a law ratifies, for the title of the chamber that ratifies it ("Мажилис ратифицировал
 * договор", "Сенат келісімді ратификациялады": titlesChamberLaw.ts). A law told by its ratifying
 * cue or its ratification topic ratifies; the treaty is the ratifying word's object, as the
 * language places it (each locale's lexicon/treatyKinds.ts): "закон о ратификации Протокола о
 * внесении изменений в Соглашение" and "келісімге өзгерістер енгізу туралы хаттаманы
 * ратификациялады" ratify the protocol. With no treaty named, an agreement.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_TREATIES } from '../locales/kk/lexicon/treatyKinds';
import { RU_TREATIES } from '../locales/ru/lexicon/treatyKinds';

export type TreatyKind = 'agreement' | 'treaty' | 'convention' | 'protocol' | 'memorandum';

/** A language's words of ratifying and of treaties, and where the ratified one stands. */
export interface TreatyWords {
  /** Ratifying, in any form. */
  ratifying: RegExp;
  /** Each kind's noun, any case and number (global: every place is read). */
  kinds: [TreatyKind, RegExp][];
  /** Which of the treaties named, by offset, is the one the word at `ratifyingAt` ratifies. */
  object: (named: { kind: TreatyKind; at: number; word: string }[], ratifyingAt: number) => TreatyKind | undefined; // prettier-ignore
}

const BY_LANG: Record<SourceLang, TreatyWords> = { kk: KK_TREATIES, ru: RU_TREATIES };

/** The kind of treaty a law's sentence ratifies, if the law is a ratification. */
export function ratifiedTreaty(
  lang: SourceLang,
  text: string,
  cue: string,
  ratificationTopic: boolean,
): TreatyKind | undefined {
  const g = BY_LANG[lang];
  if (!ratificationTopic && !g.ratifying.test(cue)) return undefined;
  const named = g.kinds
    .flatMap(([kind, pattern]) =>
      [...text.matchAll(pattern)].map((m) => ({ kind, at: m.index, word: m[0] })),
    ) // prettier-ignore
    .sort((a, b) => a.at - b.at);
  const at = text.search(g.ratifying);
  return g.object(named, at < 0 ? text.length : at) ?? 'agreement';
}
