/**
 * Troops that arrive in or leave a country, told by their verb of motion: "6 января в страну
 * начали прибывать подразделения миротворческих сил", "контингент покинул страну 13 января",
 * "бітімгершілік күштері елден шығып кетті" were titled "Event"; they are "Peacekeepers arrive",
 * "Troops leave". Who moves is the troops' noun of the cue's clause (peacekeepers where the clause
 * calls them so, troops else); which way, the nearest verb of motion after it (Kazakh) or either
 * side of it (Russian). Words per language: locales/<lang>/lexicon/troopsMotion.ts. Keys only;
 * titlesOther.ts words them.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_TROOPS } from '../locales/kk/lexicon/troopsMotion';
import { RU_TROOPS } from '../locales/ru/lexicon/troopsMotion';
import { cueClause } from './clauseHappening';

export type TroopsMotion = { who: 'peacekeepers' | 'troops'; way: 'arrive' | 'leave' };

export interface TroopsCues {
  /** A noun of troops, in any case and number ("контингент", "әскерлері"). */
  troops: RegExp;
  /** What makes them peacekeepers ("миротворческих", "бітімгершілік"). */
  peacekeeping: RegExp;
  /** Verbs of arriving and of leaving, tested on one word. */
  arrive: RegExp;
  leave: RegExp;
}

const CUES: Record<SourceLang, TroopsCues> = { kk: KK_TROOPS, ru: RU_TROOPS };
const WORD = /[\p{L}-]+/gu;

export function troopsMotion(
  lang: SourceLang,
  text: string,
  at: number,
  len: number,
): TroopsMotion | undefined {
  const cues = CUES[lang];
  // (Cheap first: most sentences name no troops.)
  if (!cues.troops.test(text)) return undefined;
  const { from, to } = cueClause(text, at, len);
  const clause = text.slice(from, to);
  const noun = cues.troops.exec(clause);
  if (!noun) return undefined;
  // (Kazakh puts its verb after the subject; Russian either side: "начали прибывать подразделения".)
  const words = [...clause.matchAll(WORD)].filter((m) => lang === 'ru' || m.index >= noun.index);
  for (const m of words) {
    const way = cues.arrive.test(m[0]) ? 'arrive' : cues.leave.test(m[0]) ? 'leave' : undefined;
    if (way) return { who: cues.peacekeeping.test(clause) ? 'peacekeepers' : 'troops', way };
  }
  return undefined;
}
