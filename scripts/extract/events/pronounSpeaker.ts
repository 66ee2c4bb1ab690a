/**
 * A pronoun that says: "Министр провёл брифинг. «…», — заявила она" and "– деді ол" were titled "A
 * statement", for the sentence names no one. The pronoun is the cue's subject (in its clause, in
 * the nominative) and stands for the subject of a sentence before it in the paragraph: the nearest
 * one that names anyone, a person, a post ("Облыс әкімі") or a body. Only one of them may agree with
 * the pronoun's gender and number; two that could ("Иван Петров и Сергей Смирнов …. Он заявил")
 * leave the statement unattributed rather than guessed. Language cues: locales/<lang>/lexicon/pronounSpeaker.ts.
 */
import type { Actor, SourceLang } from '../../../src/model/schema';
import type { Sentence } from '../types';
import { KK_PRONOUN_SPEAKER } from '../locales/kk/lexicon/pronounSpeaker';
import { RU_PRONOUN_SPEAKER } from '../locales/ru/lexicon/pronounSpeaker';
import { findOrganisations, findPersons } from './cached';
import { lexiconOrg, nominative } from './speakerOrg';
import { postsNamed, type SpeakerPost } from './speakerPost';

/** 'one' is a Kazakh singular, which tells no gender. */
export type PronounGender = 'm' | 'f' | 'n' | 'one' | 'plural';

export interface PronounCues {
  /** Whether the sentence has a pronoun at all (the cheap test first). */
  cheap: RegExp;
  /** The nominative third-person pronouns (global). */
  pronoun: RegExp;
  gender(pronoun: string): PronounGender;
  /** Whether the cue's verb agrees with the pronoun. */
  agrees(cue: string, g: PronounGender): boolean;
  /** Whether the pronoun is the subject: the words before it in its clause, the word after it. */
  subject(lead: readonly string[], next: string | undefined): boolean;
  clauseBreak: RegExp;
  /** Whether a person, a post or a body (as written) agrees with the pronoun. */
  person(name: string, g: PronounGender): boolean;
  post(g: PronounGender): boolean;
  org(written: string, g: PronounGender): boolean;
  /** A word after a body's name that makes it another noun's possessor ("Сенат төрағасы"). */
  possessed: RegExp | undefined;
}

export type Antecedent = { actor: Actor } | { post: SpeakerPost } | { org: string };

const CUES: Record<SourceLang, PronounCues> = { kk: KK_PRONOUN_SPEAKER, ru: RU_PRONOUN_SPEAKER };

const words = (t: string) => t.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w));

/** The gender of the pronoun that is the subject of the cue at `at`, if one is. */
function pronounSubject(cues: PronounCues, text: string, at: number, cue: string) {
  const before = text.slice(0, at);
  const start = Math.max(0, ...[...before.matchAll(cues.clauseBreak)].map((m) => m.index + m[0].length)); // prettier-ignore
  const rest = text.slice(at + cue.length);
  const stop = rest.search(cues.clauseBreak);
  const end = at + cue.length + (stop < 0 ? rest.length : stop);
  for (const m of text.slice(start, end).matchAll(cues.pronoun)) {
    const pos = start + m.index;
    if (pos >= at && pos < at + cue.length) continue;
    const lead = words(text.slice(start, pos));
    const next = words(text.slice(pos + m[0].length, end))[0];
    if (!cues.subject(lead, next)) continue;
    const g = cues.gender(m[0]);
    if (cues.agrees(cue, g)) return g;
  }
  return undefined;
}

interface Named {
  antecedent: Antecedent;
  agrees(g: PronounGender): boolean;
}

/** Who a sentence names that a pronoun could stand for: its persons, posts and bodies in the nominative. */
function named(lang: SourceLang, x: Sentence): Named[] {
  const cues = CUES[lang];
  const out: Named[] = [];
  const persons = findPersons(x.text, lang);
  for (const h of persons) {
    if (out.some((n) => 'actor' in n.antecedent && n.antecedent.actor.name === h.name)) continue;
    const actor: Actor = {
      name: h.name,
      ...(h.role ? { role: h.role } : {}),
      evidence: { start: x.start + h.start, end: x.start + h.end, text: h.text },
    };
    out.push({ antecedent: { actor }, agrees: (g) => cues.person(h.name, g) });
  }
  // (A post right before a name is that person's, "Министр финансов Иван Петров": blanked out.)
  let text = x.text;
  for (const h of persons) {
    const from = Math.max(0, h.start - (h.role?.length ?? 0) - 2);
    text = text.slice(0, from) + ' '.repeat(h.end - from) + text.slice(h.end);
  }
  for (const post of new Set(postsNamed(lang, text)))
    out.push({ antecedent: { post }, agrees: (g) => cues.post(g) });
  for (const o of findOrganisations(x.text, lang)) {
    if (!lexiconOrg(o.id) || nominative(lang, x.text, o) !== 'shown') continue;
    const next = words(x.text.slice(o.end))[0];
    if (next !== undefined && cues.possessed?.test(next)) continue;
    if (out.some((n) => 'org' in n.antecedent && n.antecedent.org === o.id)) continue;
    out.push({ antecedent: { org: o.id }, agrees: (g) => cues.org(o.text, g) });
  }
  return out;
}

/**
 * Whom the pronoun subject of the cue at `at` in `s` stands for: the one agreeing candidate of the
 * nearest sentence before it (in `before`, the sentences just before `s`) that names anyone.
 */
export function pronounSpeaker(
  lang: SourceLang,
  s: Sentence,
  at: number,
  cue: string,
  before: readonly Sentence[],
): Antecedent | undefined {
  const cues = CUES[lang];
  if (!cues.cheap.test(s.text)) return undefined;
  const g = pronounSubject(cues, s.text, at, cue);
  if (!g) return undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const x = before[i]!;
    if (x.paragraph !== s.paragraph) break;
    const found = named(lang, x);
    if (found.length === 0) continue;
    const agreeing = found.filter((n) => n.agrees(g));
    return agreeing.length === 1 ? agreeing[0]!.antecedent : undefined;
  }
  return undefined;
}
