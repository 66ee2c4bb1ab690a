/**
 * An organisation that says, proposes or instructs: "Министерство юстиции заявило, что …", "ЦИК
 * сообщила …", "Ұлттық банк мәлімдеді". It is the cue's subject: named in the nominative (the
 * lexicon's name as it stands, or a short form that shows no case: "Минюст", "ЦИК"; Kazakh may add
 * the possessive of its own name, "мәслихаты", "банкі"), in the cue's own clause, before the cue,
 * with no person's post around it ("председатель ЦИК заявил", "Ұлттық банк төрағасы мәлімдеді").
 * A Russian past-tense cue agrees with it: "заявило" is said by a neuter noun ("Министерство"), "заявила"
 * by a feminine one ("комиссия"), "заявил" by a masculine one ("Нацбанк"); "заявили" by none.
 * The language's cues are in locales/<lang>/lexicon/speakerOrg.ts.
 */
import type { SourceLang } from '../../../src/model/schema';
import { findOrganisations } from '../arguments/findOrganisations';
import { isRoleWord } from '../arguments/isRoleWord';
import type { OrganisationHit } from '../arguments/types';
import { compileForm, matchForms, type CompiledForm } from '../arguments/matchForms';
import type { OrganisationEntry } from '../locales/kk/lexicon/organisationEntry';
import { ORGANISATIONS } from '../locales/kk/lexicon/organisations';
import { KK_SPEAKER_ORG } from '../locales/kk/lexicon/speakerOrg';
import { RU_SPEAKER_ORG } from '../locales/ru/lexicon/speakerOrg';

export type RuGender = 'm' | 'f' | 'n';

export interface SpeakerOrgCues {
  /** Where a clause breaks: the subject stands in the cue's own clause. */
  clauseBreak: RegExp;
  /** Lexicon forms of bodies whose name may be written in lower case ("правительство сообщило"). */
  lowerCase: RegExp | undefined;
  /** What may stand between the cue and a subject that follows it ("сообщило в пятницу Минфин"). */
  afterVerb: RegExp | undefined;
  /** What may follow the organisation's name as its own (a possessive ending). */
  ownTail: RegExp;
  /**
   * A word after the organisation that makes it another noun's possessor ("Ұлттық банк төрағасы",
   * "ЕҚЫҰ миссиясы"), unless a postposition follows it ("азаптау фактілері бойынша": an adverbial).
   */
  possessed: RegExp | undefined;
  postposition: RegExp | undefined;
  /**
   * The word right after the organisation, when it makes the organisation its possessor in any
   * reading: a noun in the possessive and an adverbial case ("Мәжіліс сайлауына", to the Mazhilis
   * election): the organisation only names whose that is, so it is not the clause's subject.
   */
  ownedNext?: RegExp;
  /** What may stand before a name that shows no case (Russian "ЦИК"): a date, an adverb. */
  beforeCaseless: RegExp | undefined;
  /** The gender a cue's past-tense verb demands of its subject, 'plural' for none. */
  verbGender(cue: string): RuGender | 'plural' | undefined;
  maxWordsBetween: number;
}

const CUES: Record<SourceLang, SpeakerOrgCues> = { kk: KK_SPEAKER_ORG, ru: RU_SPEAKER_ORG };

const FORMS = new Map(ORGANISATIONS.map((o) => [o.id, o.forms]));

const norm = (t: string) => t.toLowerCase().replace(/ё/gu, 'е').replace(/\s+/gu, ' ').trim();
const words = (t: string) => t.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w));

/** The gender of a Russian noun phrase, by its first word (a name in capitals or Latin: none). */
export function ruGender(name: string): RuGender | undefined {
  const first = name.trim().split(/\s+/u)[0] ?? '';
  if (!/\p{Ll}/u.test(first) || !/[а-яё]/iu.test(first)) return undefined;
  if (/[оеё]$/iu.test(first)) return 'n';
  if (/(?:а|я)$/iu.test(first)) return 'f';
  return /[бвгджзйклмнпрстфхцчшщь]$|(?:ый|ий|ой)$/iu.test(first) ? 'm' : undefined;
}

/** Whether the organisation is written in the nominative, and whether that shows (callingBody.ts too). */
export function nominative(
  lang: SourceLang,
  text: string,
  o: OrganisationHit,
): 'shown' | 'caseless' | undefined {
  // An abbreviation shows no case, unless an ending is joined to it ("ЕҚЫҰ-ның", "ОСК-ға").
  if (/^\p{Lu}+$/u.test(o.text.trim())) return /^['’-]\p{L}/u.test(text.slice(o.end)) ? undefined : 'caseless'; // prettier-ignore
  const written = norm(o.text);
  const name = norm(o.name);
  if (written === name) return 'shown';
  if (written.startsWith(name) && CUES[lang].ownTail.test(written.slice(name.length)))
    return 'shown';
  const literal = (FORMS.get(o.id)?.[lang] ?? []).some((f) => !/~/u.test(f) && norm(f) === written);
  return literal ? 'shown' : undefined;
}

/** Whether a word between the organisation and the cue is a noun the organisation possesses. */
function possessor(cues: SpeakerOrgCues, between: readonly string[]): boolean {
  const { possessed, postposition } = cues;
  if (!possessed) return false;
  return between.some((w, i) => possessed.test(w) && !(postposition?.test(between[i + 1] ?? '') ?? false)); // prettier-ignore
}

/** The lower-case forms of the bodies the language writes so, compiled once. */
const LOWER = new Map<SourceLang, CompiledForm<OrganisationEntry>[]>();
function lowerForms(lang: SourceLang): CompiledForm<OrganisationEntry>[] {
  let forms = LOWER.get(lang);
  if (!forms) {
    const re = CUES[lang].lowerCase;
    forms = re ? ORGANISATIONS.flatMap((e) => e.forms[lang].filter((f) => re.test(f)).map((f) => compileForm(f.charAt(0).toLowerCase() + f.slice(1), e))) : []; // prettier-ignore
    LOWER.set(lang, forms);
  }
  return forms;
}

/** The organisations between `from` and `to`: the lexicon's, and a body written in lower case. */
function orgsIn(lang: SourceLang, text: string, from: number, to: number): OrganisationHit[] {
  const inside = (o: { start: number; end: number }) => o.start >= from && o.end <= to;
  const known = findOrganisations(text, lang).filter(inside);
  const forms = lowerForms(lang);
  if (forms.length === 0) return known;
  const lower = matchForms(text, lang, forms)
    .filter((h) => inside(h) && h.text.charAt(0) === h.text.charAt(0).toLowerCase())
    .map(({ payload, ...h }): OrganisationHit => ({ ...h, id: payload.id, name: payload.name[lang] })); // prettier-ignore
  return [...known, ...lower].sort((a, b) => a.start - b.start);
}

/** The lexicon's own entry of an organisation a title names by id (one written in lower case). */
export function lexiconOrg(id: string | undefined): { id: string; name: string } | undefined {
  const e = id === undefined ? undefined : ORGANISATIONS.find((o) => o.id === id);
  return e && { id: e.id, name: e.name.ru };
}

/** Whether a Russian past-tense verb agrees with the organisation (none to check in Kazakh). */
function agrees(lang: SourceLang, verb: RuGender | undefined, o: OrganisationHit, nom: string) {
  if (lang !== 'ru' || !verb || nom !== 'shown') return true;
  const g = ruGender(o.text);
  return !g || g === verb;
}

/** The id of the organisation that is the subject of the cue at `at` (it says, proposes or instructs). */
export function subjectOrg(
  lang: SourceLang,
  text: string,
  at: number,
  cue: string,
): string | undefined {
  const cues = CUES[lang];
  const verb = cues.verbGender(cue);
  if (verb === 'plural') return undefined;
  const before = text.slice(0, at);
  const clauseStart = Math.max(
    0,
    ...[...before.matchAll(cues.clauseBreak)].map((m) => m.index + m[0].length),
  );
  const orgs = orgsIn(lang, text, clauseStart, at);
  for (const o of orgs) {
    const between = words(text.slice(o.end, at));
    if (between.length > cues.maxWordsBetween || between.some((w) => isRoleWord(w, lang))) continue;
    if (possessor(cues, between)) continue;
    if (cues.ownedNext?.test(between[0] ?? '') === true) continue;
    const lead = words(text.slice(clauseStart, o.start));
    if (lead.some((w) => isRoleWord(w, lang))) continue;
    const nom = nominative(lang, text, o);
    if (!nom) continue;
    if (nom === 'caseless' && cues.beforeCaseless && lead.length > 0 && !cues.beforeCaseless.test(lead.join(' '))) continue; // prettier-ignore
    if (!agrees(lang, verb, o, nom)) continue;
    return o.id;
  }
  return subjectAfter(lang, text, at + cue.length, verb);
}

/** A subject told after its verb, in the verb's clause ("В пятницу сообщило правительство"). */
function subjectAfter(lang: SourceLang, text: string, from: number, verb: RuGender | undefined) {
  const cues = CUES[lang];
  if (!cues.afterVerb) return undefined;
  const rest = text.slice(from, from + 200);
  const stop = rest.search(cues.clauseBreak);
  const to = from + (stop < 0 ? rest.length : stop);
  for (const o of orgsIn(lang, text, from, to)) {
    if (!cues.afterVerb.test(text.slice(from, o.start))) continue;
    const nom = nominative(lang, text, o);
    return nom && agrees(lang, verb, o, nom) ? o.id : undefined;
  }
  return undefined;
}
