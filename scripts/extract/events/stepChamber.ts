/**
 * Which chamber takes a bill's step, read from the sentence around the cue: the chamber, or its
 * members ("сенаторы", "депутаты Мажилиса", "сенаторлар", "Мәжіліс депутаттары"), as the one who
 * acts or where it is done, in every case of the members' nouns, named nearest the step's own date
 * (or its cue): "Мажилис одобрил его 4 июня, Сенат – 26 июня" has the Senate pass it on 26 June.
 * A chamber the bill is sent to ("направлен в Сенат", "Сенатқа жіберілді") takes no step yet.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { Chamber } from './billChamber';
import { KK_CHAMBER_OWNER, KK_CHAMBER_WORDS } from '../locales/kk/lexicon/chamberWords';
import { RU_CHAMBER_OWNER, RU_CHAMBER_WORDS } from '../locales/ru/lexicon/chamberWords';

const CHAMBERS: Record<SourceLang, [Chamber, RegExp][]> = {
  ru: RU_CHAMBER_WORDS,
  kk: KK_CHAMBER_WORDS,
};

const before = (a: number[], b: number[]) => {
  const i = a.findIndex((x, j) => x !== b[j]);
  return i >= 0 && a[i]! < b[i]!;
};

/** A member's noun or a chamber in the genitive: the owner of something ("поправки сенаторов"). */
const OWNER: Record<SourceLang, RegExp> = { ru: RU_CHAMBER_OWNER, kk: KK_CHAMBER_OWNER };

/** Where a clause ends: a comma or a semicolon ("Мажилис одобрил его 4 июня, Сенат – 26 июня"). */
const CLAUSE_END = /[,;]/gu;

/**
 * The chamber that takes the step, if the sentence names one: the one in the clause of the step's
 * own date (or of its cue), one that acts before an owner, then the nearest.
 */
export function stepChamber(
  lang: SourceLang,
  s: Sentence,
  at: number,
  own: DocTimex | undefined,
  /** A committee's step: the chamber that owns it ("Комитет Мажилиса") is the one. */
  committee = false,
): Chamber | undefined {
  const anchor =
    own && own.sentence === s.index
      ? { start: own.start - s.start, end: own.end - s.start }
      : { start: at, end: at };
  const ends = [...s.text.matchAll(CLAUSE_END)].map((m) => m.index);
  const open = Math.max(-1, ...ends.filter((e) => e < anchor.start));
  const close = Math.min(s.text.length, ...ends.filter((e) => e >= anchor.end));
  let best: { chamber: Chamber; rank: number[] } | undefined;
  for (const [chamber, pattern] of CHAMBERS[lang])
    for (const m of s.text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      const rank = [
        m.index > open && end <= close ? 0 : 1,
        !committee && OWNER[lang].test(m[0]) ? 1 : 0,
        Math.max(0, m.index - anchor.end, anchor.start - end),
      ];
      if (!best || before(rank, best.rank)) best = { chamber, rank };
    }
  return best?.chamber;
}
