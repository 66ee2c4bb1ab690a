/**
 * A decision to convene a gathering ("Политсовет партии принял решение о созыве съезда", "съезд
 * шақыру туралы шешім қабылдады") or to hold a vote ("принял решение о проведении референдума",
 * "референдум өткізу туралы шешім қабылдады"): the weak cue of a decision taken says what was
 * decided, and its title names it ("The party decides to convene a congress", "Tokayev decides to
 * hold a referendum") rather than "Event". Cues per language
 * (locales/<lang>/lexicon/decidedGathering.ts).
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { KK_DECIDED_GATHERING } from '../locales/kk/lexicon/decidedGathering';
import { RU_DECIDED_GATHERING } from '../locales/ru/lexicon/decidedGathering';
import { L, isParty, mainActor, mainParty, ruDid, tense, type Parts } from './titleParts';

export type GatheringDecided = 'congress' | 'conference' | 'referendum' | 'election';

export interface DecidedGatheringCues {
  /** The cue's own words of a decision taken. */
  decision: RegExp;
  /** The gathering after the cue (Russian) or before it (Kazakh), keyed. */
  after: ReadonlyArray<readonly [GatheringDecided, RegExp]>;
  before: ReadonlyArray<readonly [GatheringDecided, RegExp]>;
  /** A party named by the common noun in the sentence ("политсовет партии"). */
  party: RegExp;
  /** An extraordinary gathering or an early vote ("внеочередного съезда", "кезектен тыс съезд"), in its words. */
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

/** A gathering's or a vote's words, and the verb that brings it about (convened or held). */
type Gathering = {
  kk: string;
  ruGen: string;
  ruAcc: string;
  en: string;
  /** The Kazakh verbal noun before "туралы шешім": "шақыру" (convene), "өткізу" (hold). */
  kkDo: string;
  /** Russian: the noun after "о" and the infinitive ("созыве"/"созвать", "проведении"/"провести"). */
  ruAbout: string;
  ruDo: string;
  enDo: string;
};

const CONVENE = { kkDo: 'шақыру', ruAbout: 'созыве', ruDo: 'созвать', enDo: 'convene' };
// (A vote is held, not convened.)
const HOLD = { kkDo: 'өткізу', ruAbout: 'проведении', ruDo: 'провести', enDo: 'hold' };

// prettier-ignore
const GATHERING: Record<GatheringDecided, Gathering> = {
  congress: { kk: 'съезд', ruGen: 'съезда', ruAcc: 'съезд', en: 'a congress', ...CONVENE },
  conference: { kk: 'конференция', ruGen: 'конференции', ruAcc: 'конференцию', en: 'a conference', ...CONVENE },
  referendum: { kk: 'референдум', ruGen: 'референдума', ruAcc: 'референдум', en: 'a referendum', ...HOLD },
  election: { kk: 'сайлау', ruGen: 'выборов', ruAcc: 'выборы', en: 'an election', ...HOLD },
};

// prettier-ignore
const EXTRAORDINARY: Record<GatheringDecided, Gathering> = {
  congress: { kk: 'кезектен тыс съезд', ruGen: 'внеочередного съезда', ruAcc: 'внеочередной съезд', en: 'an extraordinary congress', ...CONVENE },
  conference: { kk: 'кезектен тыс конференция', ruGen: 'внеочередной конференции', ruAcc: 'внеочередную конференцию', en: 'an extraordinary conference', ...CONVENE },
  referendum: { kk: 'референдум', ruGen: 'референдума', ruAcc: 'референдум', en: 'a referendum', ...HOLD },
  election: { kk: 'кезектен тыс сайлау', ruGen: 'внеочередных выборов', ruAcc: 'внеочередные выборы', en: 'an early election', ...HOLD },
};

/** Who decides: a party (a gathering's, or a vote's), else for a vote the person named first. */
function decider(
  c: Parts,
  d: Decided,
): { name: Localized; female: boolean | 'neuter' } | undefined {
  const named = isParty(c) ? mainParty(c) : undefined;
  const party = named ?? (d.byParty ? L('Партия', 'Партия', 'The party') : undefined);
  if (party) return { name: party, female: true };
  if (d.what !== 'referendum' && d.what !== 'election') return undefined;
  const actor = mainActor(c);
  return actor && { name: actor.name, female: actor.female };
}

/** "The party decides to convene a congress", "Tokayev decides to hold a referendum", or "Decision to …". */
export function decidedGatheringTitle(c: Parts, d: Decided): Localized {
  const g = (d.extraordinary === true ? EXTRAORDINARY : GATHERING)[d.what];
  const who = decider(c, d);
  if (!who)
    return L(`${g.kk[0]!.toUpperCase()}${g.kk.slice(1)} ${g.kkDo} туралы шешім`, `Решение о ${g.ruAbout} ${g.ruGen}`, `Decision to ${g.enDo} ${g.en}`); // prettier-ignore
  return L(
    `${who.name.kk} ${g.kk} ${g.kkDo} туралы шешім ${tense(c, 'қабылдады', 'қабылдамақ')}`,
    `${who.name.ru} ${ruDid(c, who.female, 'решил', 'решила', 'решит')} ${g.ruDo} ${g.ruAcc}`,
    `${who.name.en} ${tense(c, 'decides', 'to decide')} to ${g.enDo} ${g.en}`,
  );
}
