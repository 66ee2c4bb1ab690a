/**
 * What an event candidate is about: its merge subject, its themes and its title arguments,
 * read from the trigger sentence, its paragraph and the arguments found there.
 */
import { LEFT_OF_OWN_ACCORD, ministryOfMinister } from './ministerPost';
import type { Theme } from '../../../src/model/schema';
import { toSlug } from '../arguments/transliterate';
import { KK_BODY_SUBUNIT } from '../locales/kk/lexicon/bodySubunits';
import { RU_BODY_SUBUNIT } from '../locales/ru/lexicon/bodySubunits';
import { akimLevelOf } from './akimLevel';
import type { Candidate, TitleArgs } from './candidate';
import { memoByText, memoByTextAnd } from '../memoByText';
import { surnameOf } from './canonicalNames';
import { meetingGroups } from './groups';
import { postOf } from './posts';
import { DEPUTY_POSTS } from './firstDeputy';
import { withoutForeignPosts } from './speakerPost';
import { topicOf, type TopicKey } from './topics';
import { newNameIn } from './newName';
import { TITLE_CUES } from './titleCueWords';
import { toldDismissed } from './dismissal';
import {
  CONGRESS_DIGITS,
  CONSTITUTION,
  CONSTITUTION_NAMED,
  ELECTIONS,
  electionKind,
  INTERNATIONAL,
  namesCouncils,
  namesCouncilsIn,
  REGIONAL,
  SNAP,
} from './electionKinds';

const PARTY_IDS =
  /^(?:amanat|nur-otan|ak-zhol|people-s-party|respublica|auyl|ndsp|zhsdp|qhp|party-.*)$/u;

/** `at`: where in `text` the event's cue stands, when known. */
export function titleArgs(
  type: Candidate['type'],
  text: string,
  context: string,
  at?: number,
): TitleArgs {
  const args: TitleArgs = {};
  if (type === 'congress') {
    const ordinal = congressOrdinal(text);
    if (ordinal) args.ordinal = ordinal;
    if (SNAP.test(text)) args.extraordinary = true;
  }
  // A proposal may be to rename: "… «Аманат» деп өзгертуді ұсынды".
  if (type === 'renaming' || type === 'proposal') {
    const name = newNameIn(text, at);
    if (name) args.newName = name;
  }
  if (type === 'election') args.electionKind = electionKind(text, context);
  const level =
    args.electionKind === 'akim' ? (akimLevelOf(text) ?? akimLevelIn(context)) : undefined;
  if (level) args.akimLevel = level;
  // (The local councils only where the text names them: the Mazhilis is elected alone too.)
  if (args.electionKind === 'parliamentary' && (namesCouncils(text) || namesCouncilsIn(context)))
    args.withMaslikhats = true;
  if (type === 'coalition' || type === 'headquarters') {
    args.regional = REGIONAL.test(text);
  }
  // (Heading a committee or a faction is no chairmanship of the chamber it belongs to.)
  if (type === 'other' && (KK_BODY_SUBUNIT.test(text) || RU_BODY_SUBUNIT.test(text)))
    args.subunitNamed = true;
  return { ...args, ...whatAbout(type, text) };
}

/** Kazakh has letters Russian lacks; a sentence with none of them is read as Russian. */
function langOf(text: string): 'kk' | 'ru' {
  return /[әғқңөұүһі]/iu.test(text) ? 'kk' : 'ru';
}

const TOPIC_TYPES = new Set([
  'other',
  'renaming',
  'proposal',
  'decree',
  'law',
  'address',
  'reform',
  'session',
  'meeting',
  'statement',
]);
const POST_TYPES = new Set(['appointment', 'resignation', 'inauguration', 'proposal']);

/** What a referendum asks, where its sentence says: the Constitution, or a nuclear power plant. */
function questionOf(text: string, lang: 'kk' | 'ru'): TopicKey | undefined {
  if (CONSTITUTION.test(text)) return 'constitution';
  const topic = topicOf(text, lang);
  return topic === 'nuclear-plant' || topic === 'nuclear-referendum' ? topic : undefined;
}

/** Title arguments any type may have: its topic, post, who met whom, a joint or snap one. */
// (Every trigger of a sentence, and every repetition of it, asks again: remembered per text and
// kind. The caller copies what it gets.)
const whatAbout = (type: string, text: string) => aboutByText(text, type);

const aboutByText = memoByTextAnd((text: string, type: string) => readWhatAbout(type, text));

function readWhatAbout(type: string, text: string): Partial<TitleArgs> {
  const lang = langOf(text);
  const out: Partial<TitleArgs> = {};
  const topic =
    type === 'referendum'
      ? questionOf(text, lang)
      : TOPIC_TYPES.has(type)
        ? topicOf(text, lang)
        : undefined;
  if (topic) out.topic = topic;
  // "Discussing the results of the XXIV congress": the title names which congress.
  const ordinal = topic === 'congress-results' ? congressOrdinal(text) : undefined;
  if (ordinal) out.ordinal = ordinal;
  const post = POST_TYPES.has(type) ? postOf(text, lang, type) : undefined;
  if (post) out.post = post;
  const ofMinistry = post === 'minister' || post === 'deputy-minister';
  const ministry = ofMinistry ? ministryOfMinister(text, lang) : undefined;
  if (ministry) out.ministry = ministry;
  if (post && DEPUTY_POSTS.has(post) && TITLE_CUES[lang].firstDeputy.test(text))
    out.firstDeputy = true;
  if (type === 'resignation' && LEFT_OF_OWN_ACCORD[lang].test(text)) out.ownAccord = true;
  if (type === 'resignation' && toldDismissed(text, lang)) out.dismissed = true;
  const cues = TITLE_CUES[lang];
  if (type === 'appointment' && cues.elected.test(text)) out.elected = true;
  if (type === 'appointment' && cues.tookPost.test(text)) out.tookPost = true;
  if (type === 'other' && cues.ratified.test(text)) out.ratified = true;
  if (type === 'meeting' && cues.talks.test(text)) out.talks = true;
  if (type === 'meeting') Object.assign(out, meetingGroups(text, lang));
  if ((type === 'session' || type === 'meeting') && cues.joint.test(text)) out.joint = true;
  if (type === 'election' && cues.extraordinary.test(text)) out.extraordinary = true;
  if (type === 'resignation' && cues.accepted.test(text)) out.accepted = true;
  if (type === 'resignation' && cues.resignationLetter.test(text)) out.resignationLetter = true;
  // (Not another country's head of state: "Ресей Президенті … қол қойды".)
  const signs = () => cues.headOfStateSigns.test(withoutForeignPosts(lang, text));
  if ((type === 'law' || type === 'decree') && signs()) out.byHeadOfState = true;
  return out;
}

/** The number of a congress: `XXIV съезі`, `XXII-ші съезінде`, `25-й съезд`. */
function congressOrdinal(text: string): number | undefined {
  const roman =
    /(?<![\p{L}])([IVXLC]+)(?:-?\p{L}*)?\s*(?:съез|өтті)/u.exec(text) ??
    /(?<![\p{L}])([IVXLC]+)(?![\p{L}])/u.exec(text);
  const digits = CONGRESS_DIGITS.exec(text);
  if (roman) return fromRoman(roman[1]!);
  return digits ? Number(digits[1]) : undefined;
}

// (A paragraph, read once for all its events: an article on one line is one paragraph of 5 MB.)
const akimLevelIn = memoByText((t: string) => akimLevelOf(t));

interface Cues {
  constitution: boolean;
  /** A nuclear power plant: a referendum on it is not one on the Constitution. */
  nuclear: boolean;
  elections: boolean;
  international: boolean;
}

const cuesIn = memoByText(cuesOf);

function cuesOf(text: string): Cues {
  const nuclear = /^nuclear-/u.test(topicOf(text, langOf(text)) ?? '');
  return {
    constitution: CONSTITUTION_NAMED.test(text),
    nuclear,
    elections: ELECTIONS.test(text),
    international: INTERNATIONAL.test(text),
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
      // (A referendum on a nuclear power plant is another vote than one on the Constitution.)
      return c.args.topic === 'nuclear-plant' || c.args.topic === 'nuclear-referendum'
        ? 'nuclear'
        : '~';
    case 'coalition':
      if (c.facet === 'composition' && places.length === 0 && orgs[0]) return orgs[0];
      return c.args.regional || places.length > 0 ? 'regional' : '~';
    case 'headquarters':
      return places[0] ?? (orgs[0] ? `~${orgs[0]}` : '~');
    case 'law':
      // Two laws are two events: one named, or told by what it is about, is its own subject; a
      // law told by neither ("the law", "Токаев подписал закон") joins any of its day.
      if (c.args.law) return `law-${c.args.law}`;
      return c.args.lawAbout ? `law-about-${slug(c.args.lawAbout)}` : '~';
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
  // (A vote on another question is a vote: the 2024 referendum on a nuclear power plant.)
  // A referendum is on the Constitution only where the text says so: a title must not guess its question.
  if (type === 'referendum') add(any('constitution') ? 'constitution' : 'elections');
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
