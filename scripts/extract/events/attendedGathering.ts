/**
 * A gathering someone takes part in: "Токаев принял участие в заседании Курултая", "Президент
 * Ұлттық құрылтай отырысына қатысты". The cue's own clause has the verb of attending (the cues of
 * events/attendees.ts, locales/<lang>/lexicon/attendance.ts): its subject attends the sitting or
 * the congress, he does not hold it, and the title says so (titlesAttended.ts). The verb's place
 * is returned, so the post of its subject may be read by it ("Президент … қатысты").
 */
import type { SourceLang } from '../../../src/model/schema';
import type { Actor } from '../../../src/model/schema';
import type { Candidate } from './candidate';
import { speakerPost, type SpeakerPost } from './speakerPost';
import { ATTENDANCE } from './attendees';
import { kkPhraseStart } from '../locales/kk/events/ownersBefore';

/** The gatherings one attends: meetings and sittings, a chamber's session, a party's congress. */
const ATTENDED = new Set<Candidate['type']>(['meeting', 'session', 'congress']);

/** A clause's edges: commas, semicolons, colons. */
const EDGE = /[,;:]/u;

/** The verb of attending in the clause of the cue at `at`, if the event is a gathering. */
export function attendingVerb(
  lang: SourceLang,
  type: Candidate['type'],
  text: string,
  at: number,
): { at: number; len: number; start: number; end: number } | undefined {
  if (!ATTENDED.has(type)) return undefined;
  let start = at;
  while (start > 0 && !EDGE.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !EDGE.test(text[end]!)) end++;
  const m = ATTENDANCE[lang].attends.exec(text.slice(start, end));
  return m ? { at: start + m.index, len: m[0].length, start, end } : undefined;
}

/**
 * The span the attendee's post is read before (speakerPost.ts): the Russian verb ("Президент
 * принял участие", "… принял участие Президент"); in Kazakh, verb-final, the whole object with
 * its owners up to the verb, so that the body owning the sitting ("Мәжіліс отырысына") is not
 * taken for a second subject between the post and the cue.
 */
export function attendeeCue(
  lang: SourceLang,
  text: string,
  at: number,
  verb: { at: number; len: number },
): { at: number; len: number } {
  if (lang !== 'kk') return verb;
  const start = Math.min(kkPhraseStart(text, at), verb.at);
  return { at: start, len: verb.at + verb.len - start };
}

/**
 * Who takes part in the gathering the cue at `at` names: the first person named in the clause of
 * attending, else the one its verb's subject names by his post alone; none where the clause names
 * neither ("В работе съезда приняли участие около 400 делегатов": not the party's chairman a
 * sentence later, whom the event's actors list too).
 */
export function attendedBy(
  lang: SourceLang,
  type: Candidate['type'],
  s: { text: string; start: number },
  at: number,
  actors: readonly Actor[],
): { attended: string | true; post?: SpeakerPost } | undefined {
  const verb = attendingVerb(lang, type, s.text, at);
  if (!verb) return undefined;
  const person = actors.find((a) => {
    const from = a.evidence.start - s.start;
    return from >= verb.start && from < verb.end;
  });
  if (person) return { attended: person.name };
  const cue = attendeeCue(lang, s.text, at, verb);
  const post = speakerPost(lang, s.text, cue.at, cue.len);
  return post ? { attended: true, post } : undefined;
}
