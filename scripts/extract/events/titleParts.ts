/** Pieces shared by the title templates: the arguments they read, names, places, tense. */
import type { Localized } from '../../../src/model/schema';
import type { Candidate } from './candidate';
import { orgName, personName } from './names';
import { isQuotedPartyId, quotedPartyRuGen } from './quotedPartyName';
import { isFemaleActor } from '../locales/ru/events/verbGender';
import { isMinistry } from '../locales/kk/lexicon/ministries';
import { isKkObjectName } from './objectName';
import { lexiconOrg, ruGender } from './speakerOrg';
import { missionName } from './missionSpeaker';
import type { SpeakerPost } from './speakerPost';
import { KK_PARTNER_PARTY } from '../locales/kk/lexicon/partnerParty';
import { RU_PARTNER_PARTY } from '../locales/ru/lexicon/partnerParty';
import { ruPartyNoun, ruPartyNounGen } from '../locales/ru/lexicon/quotedParty';

export type Parts = Pick<
  Candidate,
  'type' | 'facet' | 'organisations' | 'places' | 'actors' | 'args' | 'themes' | 'status'
>;

export const L = (kk: string, ru: string, en: string): Localized => ({ kk, ru, en });

/**
 * Every title starts with a capital letter, whatever its first word (`the Mazhilis` → `The`); one
 * that starts with a number keeps it as it is (`22nd congress`, not `22Nd`).
 */
export function capitalised(t: Localized): Localized {
  const cap = (s: string) => s.replace(/^[^\p{L}\p{N}«"]*[«"]?\p{Ll}/u, (m) => m.toUpperCase());
  return { kk: cap(t.kk), ru: cap(t.ru), en: cap(t.en) };
}

/** 1st, 22nd, 23rd, but 11th, 12th, 13th and 111th, 112th, 113th. */
export const enOrdinal = (n: number) => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
};

export function roman(n: number): string {
  const table: Array<[number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]; // prettier-ignore
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Reported events are told as done, planned ones as ahead: [reported, planned]. */
export function tense<T>(c: Pick<Parts, 'status'>, reported: T, planned: T): T {
  return c.status === 'planned' ? planned : reported;
}

/**
 * A Russian verb after a person: past tense in the person's gender when reported (`предложил`,
 * `предложила`), future when planned (`предложит`, no gender).
 */
export function ruDid(
  c: Pick<Parts, 'status'>,
  female: boolean | 'neuter',
  masc: string,
  fem: string,
  future: string,
): string {
  const neuter = masc.replace(/л$/u, 'ло');
  return tense(c, female === 'neuter' ? neuter : female ? fem : masc, future);
}

/** Kinds whose title is about the person acted on ("X appointed", "X is dismissed", "X elected"). */
const ABOUT_THE_OBJECT = new Set(['appointment', 'resignation', 'election', 'inauguration']);

const HEAD_OF_STATE = /президент|мемлекет\s+басшы|глава\s+государства|елбасы/iu;

/** Whether an actor is the head of state (who signs decrees and appoints): by role or name. */
export function isHeadOfState(a: Parts['actors'][number]): boolean {
  return HEAD_OF_STATE.test(a.role ?? '') || /(?:Тоқаев|Токаев|Назарбаев)$/u.test(a.name);
}

/**
 * Who the title is about. For an appointment or resignation that is the person appointed, not the
 * President who appointed them; for a decree, law or address the head of state when named.
 */
export function mainActor(
  c: Parts,
): { name: Localized; female: boolean; headOfState: boolean } | undefined {
  // A Government's resignation that someone accepted is told of who accepted it, the head of
  // state: not the premier who headed it ("принял отставку правительства во главе с Алиханом
  // Смаиловым", "Әлихан Смайылов басқарған Үкіметтің отставкасын қабылдады").
  const accepted = c.type === 'resignation' && c.args.post === 'government' && c.args.accepted;
  const byType: Record<string, (a: Parts['actors'][number]) => boolean> = {
    appointment: (a) => !isHeadOfState(a),
    resignation: accepted ? isHeadOfState : (a) => !isHeadOfState(a) || c.args.post === 'president',
    decree: isHeadOfState,
    law: isHeadOfState,
    address: isHeadOfState,
    inauguration: isHeadOfState,
    // (The one met is never the host: "Тоқаев Мирзиёевпен кездесті", meetingSides.ts.)
    meeting: (a) => a.name !== c.args.met && !c.args.alsoMet?.includes(a.name),
  };
  const prefer = byType[c.type];
  // (The one acted on is no actor: "Президент Олжас Бектеновті … лауазымына ұсынды" is not
  // Bektenov's proposal. Only where the title is about that person: appointed, dismissed, elected.)
  const actors = ABOUT_THE_OBJECT.has(c.type)
    ? c.actors
    : c.actors.filter((a) => !isKkObjectName(a.evidence.text, a.name));
  // Only the head of state addresses the nation, takes the oath of office or signs a law: a
  // deputy who speaks of the coming Address is not its author, a minister who presents a bill
  // does not sign it.
  const only =
    accepted === true ||
    c.type === 'address' ||
    c.type === 'inauguration' ||
    c.type === 'law' ||
    (c.type === 'meeting' && c.args.met !== undefined);
  const actor = (prefer ? actors.find(prefer) : undefined) ?? (only ? undefined : actors[0]);
  if (!actor) return undefined;
  return {
    name: personName(actor.name),
    female: isFemaleActor(c.args.genders, actor.name),
    headOfState: isHeadOfState(actor),
  };
}

/**
 * The party or organisation an event is about (not the umbrella national coalition if another).
 * Not a ministry: one is named only as the cue's subject (speakerOf), for a
 * sentence names ministries in passing ("по данным МИД", "Минюст выдал свидетельство").
 */
export function mainOrg(c: Parts): Localized | undefined {
  const orgs = c.organisations.filter((x) => !isMinistry(x.id));
  const o = orgs.find((x) => x.id !== 'national-coalition') ?? orgs[0];
  return o ? orgName(o.id, o.name) : undefined;
}

const PARTIES = new Set([
  'amanat',
  'nur-otan',
  'ak-zhol',
  'peoples-party',
  'respublica',
  'auyl',
  'jsdp',
  'adal',
  'civic-party',
  'agrarian-party',
]);

/** The party an event names, before any other organisation (`AMANAT`, not the coalition). */
export function mainParty(c: Parts, except?: string): Localized | undefined {
  const parties = c.organisations.filter((x) => isPartyId(x.id) && x.id !== except);
  // (Not the partner the subject acts with, where another party is named: "съезд «Отан»
  // объединился с партией «Асар»" is no congress of Asar.)
  const o = parties.find((x) => !isPartner(x.evidence.text)) ?? parties[0];
  return o ? orgName(o.id, o.name) : mainOrg(c);
}

function isPartner(written: string): boolean {
  return RU_PARTNER_PARTY.test(written) || KK_PARTNER_PARTY.test(written);
}

/** Whether the event names a political party. */
export function isParty(c: Parts): boolean {
  return c.organisations.some((o) => isPartyId(o.id));
}

/** A party of the lexicon, or one the text names in quotes beside a party noun. */
export function isPartyId(id: string): boolean {
  return PARTIES.has(id) || isQuotedPartyId(id);
}

const STATE_BODIES = new Set([
  'parliament',
  'mazhilis',
  'senate',
  'national-kurultai',
  'maslikhat',
  'government',
  'cec',
]);

/** Whether the event's organisation is a state body that sits in session (the Mazhilis…). */
export function isStateBody(c: Parts): boolean {
  return c.organisations.some((o) => STATE_BODIES.has(o.id));
}

/** A party in the Kazakh genitive: `«AMANAT» партиясының`, `Қазақстан Халық партиясының`. */
export function partyKkGen(name: string): string {
  // (A name ending in its noun's possessive takes the genitive: "«Ел» бірлестігінің".)
  if (/(?:партиясы|қозғалысы)$/u.test(name)) return `${name}ның`;
  if (/бірлестігі$/u.test(name)) return `${name}нің`;
  return `«${name}» партиясының`;
}

/** A party after a Russian noun: `партии «AMANAT»`, `Народной партии Казахстана`. */
export function partyRuGen(name: string): string {
  if (/^Народная партия/u.test(name)) return name.replace(/^Народная партия/u, 'Народной партии');
  const quoted = quotedPartyRuGen(name);
  if (quoted) return quoted;
  // (A name that opens with its noun declines it: "партия Ауыл" → "партии Ауыл".)
  const lead = /^(\S+) (.+)$/u.exec(name);
  const noun = lead && lead[1] === lead[1]!.toLowerCase() ? ruPartyNoun(lead[1]!) : undefined;
  if (noun) return `${ruPartyNounGen(noun.noun)} ${lead![2]}`;
  return /партия/iu.test(name) ? `«${name}»` : `партии «${name}»`;
}

// Russian genitives of the bodies that sit in session ("заседание маслихата").
// prettier-ignore
const BODY_RU_GEN: Record<string, string> = {
  maslikhat: 'маслихата', mazhilis: 'Мажилиса', senate: 'Сената', parliament: 'Парламента',
  'national-kurultai': 'Национального курултая',
  government: 'Правительства', cec: 'Центральной избирательной комиссии',
  'security-council': 'Совета безопасности', 'constitutional-court': 'Конституционного суда',
  'constitutional-council': 'Конституционного совета',
  'peoples-assembly': 'Ассамблеи народа Казахстана', 'supreme-court': 'Верховного суда',
};

/** The body in session, in the Russian genitive, when the event names one. */
/** A body's name in the genitive, by its id ("Национального курултая"). */
export const bodyRuGenOf = (id: string): string | undefined => BODY_RU_GEN[id];

export function bodyRuGen(c: Parts): string | undefined {
  const o = c.organisations.find((x) => BODY_RU_GEN[x.id] !== undefined);
  return o ? BODY_RU_GEN[o.id] : undefined;
}

/** Places named by the sentence (not the country), joined, in each language. */
export function placesOf(c: Parts): Localized | undefined {
  const seen = new Set<string>();
  const list = c.places.filter((p) => p.kind !== 'country' && !seen.has(p.id) && seen.add(p.id));
  if (list.length === 0) return undefined;
  return {
    kk: list.map((p) => p.name.kk).join(', '),
    ru: list.map((p) => p.name.ru).join(', '),
    en: list.map((p) => p.name.en).join(', '),
  };
}

/** " (Астана)" in Kazakh and Russian, " in Astana" in English: appended to a title. */
export function where(places: Localized | undefined): Localized {
  return places
    ? { kk: ` (${places.kk})`, ru: ` (${places.ru})`, en: ` in ${places.en}` }
    : { kk: '', ru: '', en: '' };
}

/** The head of state named by his post alone. */
const PRESIDENT = {
  name: L('Президент', 'Президент', 'The President'),
  female: false,
  headOfState: true,
};

/**
 * Who signs a law or decree: the main actor, else the head of state named by his post alone
 * ("Глава государства подписал Закон", the args' byHeadOfState).
 */
export function signerOf(c: Parts): ReturnType<typeof mainActor> | typeof PRESIDENT | undefined {
  return mainActor(c) ?? (c.args.byHeadOfState ? PRESIDENT : undefined);
}

const post = (kk: string, ru: string, en: string) => ({ name: L(kk, ru, en), female: false, headOfState: false }); // prettier-ignore

/** Posts that name their holder in a title, as the text gives them (speakerPost.ts). */
const BY_POST: Record<SpeakerPost, ReturnType<typeof post>> = {
  president: PRESIDENT,
  'prime-minister': post('Премьер-Министр', 'Премьер-министр', 'The Prime Minister'),
  'deputy-prime-minister': post('Премьер-Министрдің орынбасары', 'Вице-премьер', 'The Deputy Prime Minister'), // prettier-ignore
  'capital-akim': post('Елорда әкімі', 'Аким столицы', 'The akim of the capital'),
  'regional-akim': post('Облыс әкімі', 'Аким области', 'The regional akim'),
  'city-akim': post('Қала әкімі', 'Аким города', 'The city akim'),
  'district-akim': post('Аудан әкімі', 'Аким района', 'The district akim'),
  akim: post('Әкім', 'Аким', 'The akim'),
  minister: post('Министр', 'Министр', 'The minister'),
};

/**
 * Who says, proposes or instructs: the main actor, else the one the sentence names by his post
 * alone ("Президент заявил": the President).
 */
export function speakerOf(c: Parts): Speaker | undefined {
  return mainActor(c) ?? (c.args.speakerPost ? BY_POST[c.args.speakerPost] : undefined) ?? orgSpeaker(c); // prettier-ignore
}

type Speaker = NonNullable<ReturnType<typeof mainActor>> & { neuter?: boolean };

/** An organisation that speaks ("ЦИК сообщила", speakerOrg.ts), its Russian name's gender kept. */
function orgSpeaker(c: Parts): Speaker | undefined {
  const m = c.args.speakerMission;
  if (m) return { name: missionName(m), female: true, headOfState: false };
  const o = c.organisations.find((x) => x.id === c.args.subjectOrg) ?? lexiconOrg(c.args.subjectOrg); // prettier-ignore
  if (!o) return undefined;
  const name = orgName(o.id, o.name);
  const g = ruGender(name.ru);
  return { name, female: g === 'f', neuter: g === 'n', headOfState: false };
}

/** How a Russian past-tense verb agrees with a speaker: feminine, neuter or masculine. */
export const ruAgrees = (s: Speaker | undefined): boolean | 'neuter' =>
  s?.neuter === true ? 'neuter' : s?.female === true;
