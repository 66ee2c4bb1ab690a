/**
 * What an event candidate is about: its merge subject, its themes and its title arguments,
 * read from the trigger sentence, its paragraph and the arguments found there.
 */
import type { Theme } from '../../../src/model/schema';
import { toSlug } from '../arguments/transliterate';
import type { Candidate, TitleArgs } from './candidate';
import { memoByText } from './cached';
import { surnameOf } from './canonicalNames';

const PARTY_IDS =
  /^(?:amanat|nur-otan|ak-zhol|people-s-party|respublica|auyl|ndsp|zhsdp|qhp|party-.*)$/u;

export function titleArgs(type: Candidate['type'], text: string, context: string): TitleArgs {
  const args: TitleArgs = {};
  if (type === 'congress') {
    const roman =
      /(?<![\p{L}])([IVXLC]+)(?:-?\p{L}*)?\s*(?:съез|өтті)/u.exec(text) ??
      /(?<![\p{L}])([IVXLC]+)(?![\p{L}])/u.exec(text);
    const digits = /(?<![\p{N}])(\d{1,2})-?(?:ші|шы|інші|ыншы|ый|ой|й)?\s*-?\s*съез/iu.exec(text);
    if (roman) args.ordinal = fromRoman(roman[1]!);
    else if (digits) args.ordinal = Number(digits[1]);
    if (/кезектен\s+тыс|внеочередн/iu.test(text)) args.extraordinary = true;
  }
  if (type === 'renaming') {
    const m =
      /[«"“]([^»"”]{2,40})[»"”]\s*(?:деп|болып)\s+(?:өзгерт|ауыстыр)/iu.exec(text) ??
      /(\p{Lu}[\p{L}]{2,30})\s+болып\s+(?:өзгерт|ауыстыр)/u.exec(text) ??
      /переименова\p{L}*\s+(?:\p{L}+\s+){0,3}в\s+[«"“]?([^»"”.,]{2,40})/iu.exec(text);
    if (m) args.newName = m[1]!.trim();
  }
  if (type === 'election') args.electionKind = electionKind(text, context);
  if (type === 'coalition' || type === 'headquarters') {
    args.regional = /аймақтық|өңірлік|облыстық|региональн|областн/iu.test(text);
  }
  return args;
}

function electionKind(text: string, context: string): NonNullable<TitleArgs['electionKind']> {
  const own = electionKindOf(text);
  return own !== 'general' ? own : electionKindIn(context);
}

function electionKindOf(t: string): NonNullable<TitleArgs['electionKind']> {
  if (/әкім\p{L}*\s+(?:\p{L}+\s+)?сайла|выбор\p{L}*\s+аким/iu.test(t)) return 'akim';
  if (/президент\p{L}*\s+сайлау|президентск\p{L}*\s+выбор|выбор\p{L}*\s+президент/iu.test(t))
    return 'presidential';
  if (
    /(?:мәжіліс|парламент)\p{L}*\s+(?:депутаттар\p{L}*\s+)?сайлау|парламентск\p{L}*\s+выбор|выбор\p{L}*\s+в\s+мажилис/iu.test(
      t,
    )
  )
    return 'parliamentary';
  return 'general';
}

// Paragraph- and article-wide readings are asked for once per sentence: remembered by text, so a
// long paragraph is scanned once, not once per sentence (which was quadratic).
const electionKindIn = memoByText(electionKindOf);

interface Cues {
  constitution: boolean;
  elections: boolean;
  international: boolean;
}

const cuesIn = memoByText(cuesOf);

function cuesOf(text: string): Cues {
  return {
    constitution: /конституц|референдум|ата\s+заң/iu.test(text),
    elections: /сайлау(?!алды)|выбор/iu.test(text),
    international: /ЕҚЫҰ|ОБСЕ|Еуропадағы\s+Қауіпсіздік|халықаралық|международн|саммит/iu.test(text),
  };
}

/**
 * Subjects starting with "~" are fallbacks (no party, place or kind was found): such a report joins
 * any report of the same type in its own article but never one from another article.
 */
export function isGenericSubject(subject: string): boolean {
  return subject.startsWith('~');
}

export function subjectOf(
  c: Pick<Candidate, 'type' | 'facet' | 'places' | 'organisations' | 'actors' | 'args'>,
  focusOrg?: string,
): string {
  const orgs = [...new Set(c.organisations.map((o) => o.id))].sort();
  const parties = orgs.filter((id) => PARTY_IDS.test(id));
  const places = [...new Set(c.places.filter((p) => p.kind !== 'country').map((p) => p.id))].sort();
  const org = focusOrg ?? parties[0] ?? orgs[0];
  switch (c.type) {
    case 'congress':
      // Without its number a congress is only "a congress of X": it joins the numbered one.
      if (!c.args.ordinal) return `~${org ?? ''}`;
      return org ? `${org}-${c.args.ordinal}` : `~${c.args.ordinal}`;
    case 'renaming':
      return c.args.newName ? `to-${slug(c.args.newName)}` : '~';
    case 'membership':
      return parties[0] ?? '~';
    case 'election':
      return c.args.electionKind && c.args.electionKind !== 'general' ? c.args.electionKind : '~';
    case 'referendum':
      return '~';
    case 'coalition':
      if (c.facet === 'composition' && places.length === 0 && orgs[0]) return orgs[0];
      return c.args.regional || places.length > 0 ? 'regional' : '~';
    case 'headquarters':
      return places[0] ?? (orgs[0] ? `~${orgs[0]}` : '~');
    case 'meeting':
      if (c.facet === 'summit' || c.facet === 'forum') return org ?? '~';
      return c.facet === 'meeting' && places[0] ? places[0] : '~';
    default:
      // Surname only: "Қ.Тоқаев" and "Қасым-Жомарт Кемелұлы Тоқаев" are one person.
      return c.actors[0] ? slug(surnameOf(c.actors[0].name)) : '~';
  }
}

/** Themes from the type and the words of the given texts (the sentence, its paragraph or article). */
export function themesOf(type: Candidate['type'], texts: string[], orgIds: string[]): Theme[] {
  const cues = texts.map(cuesIn);
  const any = (k: keyof Cues) => cues.some((c) => c[k]);
  const themes: Theme[] = [];
  const add = (t: Theme) => themes.includes(t) || themes.push(t);
  if (type === 'congress' || type === 'renaming' || type === 'membership') add('party');
  if (type === 'election') add('elections');
  if (type === 'referendum') add('constitution');
  if (type === 'address' || type === 'reform' || type === 'decree' || type === 'law')
    add('reforms');
  if (type === 'inauguration') add('elections');
  if (any('constitution')) add('constitution');
  if (any('elections') && (type === 'meeting' || type === 'coalition' || type === 'headquarters'))
    add('elections');
  if (any('international') && type === 'meeting') add('international');
  if (orgIds.some((id) => PARTY_IDS.test(id))) add('party');
  if (themes.length === 0) add('society');
  return themes;
}

function fromRoman(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!]!;
    const b = v[s[i + 1] ?? ''] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

/** ASCII slug for ids, from the shared transliteration (arguments/transliterate). */
export function slug(text: string): string {
  return toSlug(text).slice(0, 40);
}
