/**
 * An appeal to an organisation, a statement whose title names both sides: "Казахстан обратился к
 * ОДКБ", "Қазақстан ҰҚШҰ-ға жүгінді" ("Kazakhstan appeals to the CSTO"). The organisation is the
 * one the cue addresses, in the dative (after the Russian "к", before the Kazakh verb); whoever
 * appeals may be a state, named in the nominative in the cue's clause before it ("Казахстан",
 * "Республика Казахстан", "Қазақстан Республикасы"), or a person or body (titleParts.ts speakerOf).
 * Two states before it ("Казахстан и Россия обратились") are no one state's appeal. Cues per
 * language (locales/<lang>/lexicon/appealToOrg.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_APPEAL_TO_ORG } from '../locales/kk/lexicon/appealToOrg';
import { RU_APPEAL_TO_ORG } from '../locales/ru/lexicon/appealToOrg';
// (The sentence's places and organisations, found once for its arguments already.)
import { findOrganisations, findPlaces } from './cached';

export interface AppealToOrgCues {
  /** The cue's text, when it is an appeal (its verb at the end). */
  appeal: RegExp;
  /** Whether the organisation follows the cue (Russian "к ОДКБ") rather than precedes it. */
  orgAfterCue: boolean;
  /** A preceding organisation's words with its ending, in the dative ("ҰҚШҰ-ға", "ұйымына"). */
  dative: RegExp | undefined;
  clauseBreak: RegExp;
  /** A state's full title written with its name, still the nominative ("Республика Казахстан"). */
  stateTitle: RegExp;
}

/** Who appeals (a state's id, where a state is the subject) and to which organisation (id). */
export interface AppealToOrg {
  org: string;
  state?: string;
}

const CUES: Record<SourceLang, AppealToOrgCues> = { kk: KK_APPEAL_TO_ORG, ru: RU_APPEAL_TO_ORG };

const norm = (t: string) => t.toLowerCase().replace(/ё/gu, 'е').replace(/\s+/gu, ' ').trim();

/** The organisation addressed, right after the cue or in the dative just before its verb. */
function addressed(lang: SourceLang, text: string, at: number, cue: string, from: number) {
  const c = CUES[lang];
  const end = at + cue.length;
  const orgs = findOrganisations(text, lang);
  if (c.orgAfterCue) {
    const i = orgs.findIndex((o) => o.start >= end && /^\s*$/u.test(text.slice(end, o.start)));
    const o = orgs[i];
    // (An organisation of another's, "к Совету Безопасности ООН", is no one body named alone.)
    const owner = orgs[i + 1];
    if (!o || (owner && /^\s*$/u.test(text.slice(o.end, owner.start)))) return undefined;
    return o;
  }
  const verbAt = at + cue.search(c.appeal);
  const before = orgs.filter((o) => o.start >= from && o.end <= verbAt);
  for (const o of before.reverse()) {
    const word = text.slice(o.start, o.end) + (/^[-–]?\p{L}*/u.exec(text.slice(o.end))?.[0] ?? '');
    if (c.dative?.test(word)) return o;
  }
  return undefined;
}

/** The state that is the subject: in the nominative, in the clause, before `limit`. */
function subjectState(lang: SourceLang, text: string, from: number, limit: number) {
  const c = CUES[lang];
  const states = findPlaces(text, lang).filter(
    (p) => p.kind === 'country' && p.start >= from && p.end <= limit,
  );
  const nominative = states.filter((p) => {
    const written = text.slice(p.start, p.end);
    const after = text.slice(p.end, p.end + 2);
    if (/^[-–]?\p{L}/u.test(after)) return false;
    return norm(written) === norm(p.name[lang]) || c.stateTitle.test(written);
  });
  return new Set(nominative.map((p) => p.id)).size === 1 ? nominative[0]!.id : undefined;
}

/** The appeal the statement cue at `at` tells, if it addresses an organisation the lexicon knows. */
export function appealToOrg(
  lang: SourceLang,
  text: string,
  at: number,
  cue: string,
): AppealToOrg | undefined {
  const c = CUES[lang];
  const cueText = cue.trimEnd();
  if (!c.appeal.test(cueText)) return undefined;
  const breaks = [...text.slice(0, at).matchAll(c.clauseBreak)];
  const from = Math.max(0, ...breaks.map((m) => m.index + m[0].length));
  const o = addressed(lang, text, at, cueText, from);
  if (!o) return undefined;
  const state = subjectState(lang, text, from, c.orgAfterCue ? at : o.start);
  return state ? { org: o.id, state } : { org: o.id };
}
