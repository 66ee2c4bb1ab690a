/**
 * A mission that speaks: "Миссия БДИПЧ ОБСЕ заявила, что …", "ЕҚЫҰ ДИАҚБ миссиясы … мәлімдеді".
 * The mission is no body of the lexicon but another's envoy (speakerOrg.ts takes "ЕҚЫҰ миссиясы"
 * for a possessor, not a speaker), so the title names it by its sender and what it does: "The
 * OSCE/ODIHR observation mission makes a statement". It is the cue's subject: its noun in the
 * nominative, in the cue's own clause, before the cue, with no person's post around it. The
 * language's cues are in locales/<lang>/lexicon/missionSpeaker.ts.
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { findOrganisations } from '../arguments/findOrganisations';
import { isRoleWord } from '../arguments/isRoleWord';
import { KK_MISSION } from '../locales/kk/lexicon/missionSpeaker';
import { RU_MISSION } from '../locales/ru/lexicon/missionSpeaker';
import { orgName } from './names';

export interface MissionCues {
  /** The mission's noun in the nominative (global). */
  mission: RegExp;
  /** Whether the sender stands before the mission ("ЕҚЫҰ миссиясы") or after it ("Миссия ОБСЕ"). */
  senderBefore: boolean;
  /** Whether the words before the mission's noun in its clause leave it the subject. */
  lead(words: readonly string[]): boolean;
  /** Whether the cue's verb agrees with the mission. */
  agrees(cue: string): boolean;
  /** Whether the word right after the mission's noun leaves it the subject. */
  afterMission(next: string | undefined): boolean;
  /** A word that makes it an observation mission ("наблюдательная", "бақылаушылар"). */
  observers: RegExp;
  /** The OSCE's election office, which sends the OSCE's observers ("БДИПЧ", "ДИАҚБ"). */
  odihr: RegExp;
  clauseBreak: RegExp;
  maxWordsBetween: number;
}

/** Who sent the mission (an organisation's id the lexicon writes as an abbreviation), and what it does. */
export interface SpeakerMission {
  org?: string;
  odihr?: boolean;
  observers?: boolean;
}

const CUES: Record<SourceLang, MissionCues> = { kk: KK_MISSION, ru: RU_MISSION };

// (The cheap test first: most spoken cues have no mission near them.)
const MISSION_WORD = /исси/iu;

const words = (t: string) => t.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w));

/** The mission that is the subject of the cue at `at` in `text` (a sentence), if any. */
export function missionSpeaker(
  lang: SourceLang,
  text: string,
  at: number,
  cue: string,
): SpeakerMission | undefined {
  if (!MISSION_WORD.test(text)) return undefined;
  const cues = CUES[lang];
  if (!cues.agrees(cue)) return undefined;
  const before = text.slice(0, at);
  const clauseStart = Math.max(
    0,
    ...[...before.matchAll(cues.clauseBreak)].map((m) => m.index + m[0].length),
  );
  const clause = text.slice(clauseStart, at);
  const m = [...clause.matchAll(cues.mission)][0];
  if (!m) return undefined;
  const lead = words(clause.slice(0, m.index));
  const after = words(clause.slice(m.index + m[0].length));
  if (after.length > cues.maxWordsBetween) return undefined;
  if ([...lead, ...after].some((w) => isRoleWord(w, lang))) return undefined;
  if (!cues.lead(lead) || !cues.afterMission(after[0])) return undefined;
  // (The sender is named on its side of the mission's noun: the nearest abbreviation there.)
  const from = clauseStart + (cues.senderBefore ? 0 : m.index + m[0].length);
  const to = clauseStart + (cues.senderBefore ? m.index : clause.length);
  const orgs = findOrganisations(text, lang).filter(
    (o) => o.start >= from && o.end <= to && /^\p{Lu}+$/u.test(o.name),
  );
  const sender = cues.senderBefore ? orgs[orgs.length - 1] : orgs[0];
  const phrase = cues.senderBefore ? clause.slice(0, m.index + m[0].length) : clause;
  const out: SpeakerMission = {};
  if (sender) out.org = sender.id;
  if (sender?.id === 'osce' && cues.odihr.test(phrase)) out.odihr = true;
  if (cues.observers.test(phrase)) out.observers = true;
  return out.org || out.observers ? out : undefined;
}

/** The mission's name in each language: "ЕҚЫҰ ДИАҚБ бақылаушылар миссиясы", "Наблюдательная миссия БДИПЧ ОБСЕ". */
export function missionName(m: SpeakerMission): Localized {
  const org = m.org ? orgName(m.org, m.org) : undefined;
  const kkSender = org ? `${org.kk}${m.odihr ? ' ДИАҚБ' : ''} ` : '';
  const ruSender = org ? ` ${m.odihr ? 'БДИПЧ ' : ''}${org.ru}` : '';
  const enSender = org ? `${org.en}${m.odihr ? '/ODIHR' : ''} ` : '';
  return {
    kk: `${kkSender}${m.observers ? 'бақылаушылар ' : ''}миссиясы`.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), // prettier-ignore
    ru: `${m.observers ? 'Наблюдательная миссия' : 'Миссия'}${ruSender}`,
    en: `The ${enSender}${m.observers ? 'observation ' : ''}mission`,
  };
}
