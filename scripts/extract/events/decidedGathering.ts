/**
 * A decision to convene a gathering ("Политсовет партии принял решение о созыве съезда", "съезд
 * шақыру туралы шешім қабылдады"): the weak cue of a decision taken says what was decided, and its
 * title names it ("The party decides to convene a congress") rather than "Event". Cues per
 * language (locales/<lang>/lexicon/decidedGathering.ts).
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { KK_DECIDED_GATHERING } from '../locales/kk/lexicon/decidedGathering';
import { RU_DECIDED_GATHERING } from '../locales/ru/lexicon/decidedGathering';
import { L, isParty, mainParty, tense, type Parts } from './titleParts';

export type GatheringDecided = 'congress' | 'conference';

export interface DecidedGatheringCues {
  /** The cue's own words of a decision taken. */
  decision: RegExp;
  /** The gathering after the cue (Russian) or before it (Kazakh), keyed. */
  after: ReadonlyArray<readonly [GatheringDecided, RegExp]>;
  before: ReadonlyArray<readonly [GatheringDecided, RegExp]>;
  /** A party named by the common noun in the sentence ("политсовет партии"). */
  party: RegExp;
}

const CUES: Record<SourceLang, DecidedGatheringCues> = {
  kk: KK_DECIDED_GATHERING,
  ru: RU_DECIDED_GATHERING,
};

/** The gathering a decision cue decides to convene, and whether a party decides it. */
export function decidedGathering(
  lang: SourceLang,
  text: string,
  at: number,
  verb: string,
): { what: GatheringDecided; byParty: boolean } | undefined {
  const cues = CUES[lang];
  if (!cues.decision.test(verb)) return undefined;
  const end = at + verb.length;
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, at - 80), at);
  const what =
    cues.after.find(([, re]) => re.test(after))?.[0] ??
    cues.before.find(([, re]) => re.test(before))?.[0];
  return what ? { what, byParty: cues.party.test(text) } : undefined;
}

const GATHERING: Record<
  GatheringDecided,
  { kk: string; ruGen: string; ruAcc: string; en: string }
> = {
  congress: { kk: 'съезд', ruGen: 'съезда', ruAcc: 'съезд', en: 'a congress' },
  conference: { kk: 'конференция', ruGen: 'конференции', ruAcc: 'конференцию', en: 'a conference' },
};

/** "The party decides to convene a congress", "Ak Zhol decides …", or "Decision to convene …". */
export function decidedGatheringTitle(
  c: Parts,
  d: { what: GatheringDecided; byParty: boolean },
): Localized {
  const g = GATHERING[d.what];
  const named = isParty(c) ? mainParty(c) : undefined;
  const who = named ?? (d.byParty ? L('Партия', 'Партия', 'The party') : undefined);
  if (!who)
    return L(`${g.kk[0]!.toUpperCase()}${g.kk.slice(1)} шақыру туралы шешім`, `Решение о созыве ${g.ruGen}`, `Decision to convene ${g.en}`); // prettier-ignore
  return L(
    `${who.kk} ${g.kk} шақыру туралы шешім ${tense(c, 'қабылдады', 'қабылдамақ')}`,
    `${who.ru} ${tense(c, 'решила', 'решит')} созвать ${g.ruAcc}`,
    `${who.en} ${tense(c, 'decides', 'to decide')} to convene ${g.en}`,
  );
}
