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
  /** An extraordinary gathering ("внеочередного съезда", "кезектен тыс съезд"), in its words. */
  extraordinary: RegExp;
}

export interface Decided {
  what: GatheringDecided;
  byParty: boolean;
  extraordinary?: boolean;
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
): Decided | undefined {
  const cues = CUES[lang];
  if (!cues.decision.test(verb)) return undefined;
  const end = at + verb.length;
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, at - 80), at);
  const found = first(cues.after, after) ?? first(cues.before, before);
  if (!found) return undefined;
  const out: Decided = { what: found[0], byParty: cues.party.test(text) };
  if (cues.extraordinary.test(found[1])) out.extraordinary = true;
  return out;
}

/** The first gathering whose words stand in `text`, and those words. */
function first(
  list: DecidedGatheringCues['after'],
  text: string,
): [GatheringDecided, string] | undefined {
  for (const [what, re] of list) {
    const m = re.exec(text);
    if (m) return [what, m[0]];
  }
  return undefined;
}

type Gathering = { kk: string; ruGen: string; ruAcc: string; en: string };

const GATHERING: Record<GatheringDecided, Gathering> = {
  congress: { kk: 'съезд', ruGen: 'съезда', ruAcc: 'съезд', en: 'a congress' },
  conference: { kk: 'конференция', ruGen: 'конференции', ruAcc: 'конференцию', en: 'a conference' },
};

// prettier-ignore
const EXTRAORDINARY: Record<GatheringDecided, Gathering> = {
  congress: { kk: 'кезектен тыс съезд', ruGen: 'внеочередного съезда', ruAcc: 'внеочередной съезд', en: 'an extraordinary congress' },
  conference: { kk: 'кезектен тыс конференция', ruGen: 'внеочередной конференции', ruAcc: 'внеочередную конференцию', en: 'an extraordinary conference' },
};

/** "The party decides to convene a congress", "Ak Zhol decides …", or "Decision to convene …". */
export function decidedGatheringTitle(c: Parts, d: Decided): Localized {
  const g = (d.extraordinary === true ? EXTRAORDINARY : GATHERING)[d.what];
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
