/**
 * A decree, a resolution or an order that comes into force ("Постановление Правительства вступило
 * в силу", "Үкімет қаулысы күшіне енді") is told as that: which act, and whose when it is the
 * Government's ("A government resolution comes into force"), not as a bare "Decree". The act is
 * the subject of the words of coming into force, in their clause before them. Cues per language
 * (locales/<lang>/lexicon/actInForce.ts).
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { KK_ACT_IN_FORCE } from '../locales/kk/lexicon/actInForce';
import { RU_ACT_IN_FORCE } from '../locales/ru/lexicon/actInForce';
import { L, tense, type Parts } from './titleParts';

export type ActKind = 'decree' | 'resolution' | 'order';

export interface ActInForceCues {
  /** The words of coming into force (global). */
  inForce: RegExp;
  /** Each act as their subject: tested on the clause before them, its words up to its end. */
  acts: ReadonlyArray<readonly [ActKind, RegExp]>;
  /** The Government as the act's issuer, in the subject's words. */
  government: RegExp;
}

export interface ActInForce {
  act: ActKind;
  government?: boolean;
}

const CUES: Record<SourceLang, ActInForceCues> = { kk: KK_ACT_IN_FORCE, ru: RU_ACT_IN_FORCE };

/** The act the sentence says comes into force, if it is a decree, a resolution or an order. */
export function actInForce(lang: SourceLang, text: string): ActInForce | undefined {
  const cues = CUES[lang];
  for (const m of text.matchAll(cues.inForce)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    for (const [act, re] of cues.acts) {
      const subject = re.exec(before);
      if (!subject) continue;
      return cues.government.test(subject[0]) ? { act, government: true } : { act };
    }
  }
  return undefined;
}

type Phrases = { kk: string; ru: string; ruNeuter: boolean; en: string };

// prettier-ignore
const ACTS: Record<ActKind, [Phrases, Phrases]> = {
  decree: [
    { kk: 'Жарлық', ru: 'Указ', ruNeuter: false, en: 'A decree' },
    { kk: 'Үкімет жарлығы', ru: 'Указ', ruNeuter: false, en: 'A decree' },
  ],
  resolution: [
    { kk: 'Қаулы', ru: 'Постановление', ruNeuter: true, en: 'A resolution' },
    { kk: 'Үкімет қаулысы', ru: 'Постановление Правительства', ruNeuter: true, en: 'A government resolution' },
  ],
  order: [
    { kk: 'Өкім', ru: 'Распоряжение', ruNeuter: true, en: 'An order' },
    { kk: 'Үкімет өкімі', ru: 'Распоряжение Правительства', ruNeuter: true, en: 'A government order' },
  ],
};

/** "A government resolution comes into force", "Указ вступил в силу", "Өкім күшіне енбек". */
export function actInForceTitle(c: Parts, a: ActInForce): Localized {
  const p = ACTS[a.act][a.government === true ? 1 : 0];
  return L(
    `${p.kk} күшіне ${tense(c, 'енді', 'енбек')}`,
    `${p.ru} ${tense(c, p.ruNeuter ? 'вступило' : 'вступил', 'вступит')} в силу`,
    `${p.en} ${tense(c, 'comes into force', 'to come into force')}`,
  );
}
