/**
 * An invitation is no visit: in "Путин Тоқаевты Мәскеуге ресми сапарға шақырды", "Путин пригласил
 * Токаева посетить Москву" the one who invites is the subject, in the nominative, and the one
 * invited the object (Kazakh accusative before the verb, Russian accusative after it); the town in
 * the Kazakh dative or after "посетить", "в" is where he is invited to. The cue the event was found
 * by (the visit, the call, the proposal) must stand in that clause. The event keeps its type; its
 * title tells the invitation (titlesInvitation.ts). Cues per language (locales/<lang>/lexicon/invitation.ts).
 */
import type { Actor, Place, SourceLang } from '../../../src/model/schema';
import { KK_INVITATION } from '../locales/kk/lexicon/invitation';
import { RU_INVITATION } from '../locales/ru/lexicon/invitation';
import type { Sentence } from '../types';
import { loneInviter } from './loneInviter';

export interface InvitationCues {
  /** The verb of inviting, in any tense. */
  verb: RegExp;
  /** Whether the one invited stands before the verb (Kazakh) or after it (Russian). */
  objectFirst: boolean;
  /** The object's written form, from its nominative (the accusative). */
  isObject: (written: string, name: string) => boolean;
  /** Whether a place's written form tells where one is invited to (the text before it given). */
  isDestination: (written: string, name: string, before: string) => boolean;
}

const CUES: Record<SourceLang, InvitationCues> = { kk: KK_INVITATION, ru: RU_INVITATION };

export interface Invitation {
  /** The one who invites, when named. */
  inviter?: Actor;
  invitee: Actor;
  /** The id of the place one is invited to. */
  to?: string;
}

/** Each language's verb of inviting, to find every one in a sentence (compiled once). */
const EVERY_VERB = {
  kk: new RegExp(CUES.kk.verb.source, 'gu'),
  ru: new RegExp(CUES.ru.verb.source, 'gu'),
};

/** The invitation the cue at `at` (offset in the sentence) belongs to, if it is one. */
export function invitation(
  lang: SourceLang,
  s: Sentence,
  at: number,
  actors: readonly Actor[],
  places: readonly Place[],
): Invitation | undefined {
  const cues = CUES[lang];
  for (const m of s.text.matchAll(EVERY_VERB[lang])) {
    const v = m.index;
    const end = v + m[0].length;
    const rel = (a: { evidence: { start: number; end: number } }) => a.evidence.start - s.start;
    // (The object next to the verb: before it in Kazakh, within eight words after it in Russian.)
    const near = (x: number) =>
      cues.objectFirst ? x < v : x >= end && s.text.slice(end, x).split(/\s+/u).length <= 8;
    const invitee = actors.find(
      (a) => near(rel(a)) && cues.isObject(a.evidence.text.trim(), a.name),
    );
    if (!invitee) continue;
    const from = cues.objectFirst ? rel(invitee) : v;
    const to = cues.objectFirst ? end : Math.max(end, invitee.evidence.end - s.start) + 60;
    if (at < from - 1 && at !== v) continue;
    if (at > to) continue;
    const inviter =
      actors.find(
        (a) =>
          a !== invitee && rel(a) < Math.min(v, rel(invitee)) && a.evidence.text.trim() === a.name,
      ) ?? loneInviter(s, Math.min(v, rel(invitee)));
    const place = places.find((p) => {
      const x = p.evidence.start - s.start;
      // (Or in Russian before the verb and its subject: "В Москву Путин пригласил Токаева".)
      const first = !cues.objectFirst && x < v && s.text.slice(x, v).split(/\s+/u).length <= 5;
      if (cues.objectFirst ? x < rel(invitee) || x > v : (x < end || x > to) && !first)
        return false;
      return cues.isDestination(p.evidence.text, p.name[lang], s.text.slice(0, x));
    });
    return { invitee, ...(inviter ? { inviter } : {}), ...(place ? { to: place.id } : {}) };
  }
  return undefined;
}
