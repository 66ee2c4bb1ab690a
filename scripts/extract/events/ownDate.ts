/**
 * Which of a sentence's date expressions is an event's own: the nearest one, unless the grammar
 * gives it to something else (another noun, a clause, what was said, a deadline, a step before or
 * after). Also whether the event is told at all: a trigger the sentence only names (a possessor, a
 * negated act, a topic whose day an act does not set) is no event.
 */
import type { EventDate, EventType, SourceLang } from '../../../src/model/schema';
import { inAfterPhrase } from './afterPast';
import { dayAfter, isNextDay } from '../dates/nextDay';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import { ASPECT } from './aspect';
import { ATTRIBUTE_PHRASE } from './attributePhraseGrammar';
import { acrossAttribute, inItsPhrase } from './attributePhrases';
import { afterClosingVerb } from './closingVerb';
import { isLaterThan, pickTimex } from './dateEvent';
import { ALSO, isAttributiveDate } from './dateOwnership';
import { DATE_OWNERSHIP } from './dateOwnershipGrammar';
import { isCandidacyDay } from './candidacyDay';
import { ACTS, otherKind, VOTES, VOTES_AND_GATHERINGS } from './kinds';
import { isForeignDeadline } from './deadline';
import type { TriggerHit } from './findTriggers';
import { yearBefore } from './framingYear';
import { isCompetence, isEveOrAfter, isHabit, isSpeechCourse } from './notAnEvent';
import { isCountdownPoint } from './countdown';
import { namesAYear, objectsOwnDate } from './objectsOwnDate';
import { treatyActRecalled } from './treatyParticiple';
import { inOtherRelativeClause, type happeningClause } from './relativeClause';
import { dayOfSaying, inWhatWasSaid, sameClause } from './sameClause';
import { objectClauses } from './objectClauses';
import { topicVoteDay } from './objectDate';
import { countedSince } from './sinceDate';
import { saidInQuoteTag } from './quoteTag';
import { beyondOwnDayWord } from './storyDayWord';
import type { nthDayOf } from './thatGathering';

/** What the events stage read of one sentence, for each of its triggers. */
export interface SentenceReading {
  lang: SourceLang;
  s: Sentence;
  hits: TriggerHit[];
  bySentence: Map<number, DocTimex[]>;
  withYear: DocTimex[];
  /** The sentence's story-day words left with no day ("сол күні"). */
  storyDayWords: readonly DocTimex[];
  /** Per hit: the date in its attributive position ("после событий января 2022 года"), if any. */
  attributions: (DocTimex | undefined)[];
  /** Per hit: the date of the document it names ("указом от 9 апреля"), if any. */
  documentDates: (DocTimex | undefined)[];
  /** Votes and gatherings with a relative clause telling when they happen (relativeClause.ts). */
  clauses: Map<TriggerHit, ReturnType<typeof happeningClause>>;
  /** The gathering kind "that" refers to ("Сол Жолдауда"), and the days the article gave each. */
  that: string | undefined;
  /** Where that gathering stops dating cues, when a participle takes it ("Сол отырыста айтылған …"). */
  thatReach?: number;
  /** The gathering whose nth day the sentence tells ("во второй день визита"), if any. */
  nth?: ReturnType<typeof nthDayOf>;
  namedDays: Map<string, EventDate>;
}

export interface OwnDate {
  own?: DocTimex;
  /** The day of the gathering "that" refers to, for an event with no date of its own. */
  thatDay?: EventDate;
  /** Told as a reference point ("после выборов", "Жолдауына екі жыл толды"): never the day's news. */
  reference: boolean;
}

/** The event's own date, or null when the hit tells no event. */
export function ownDate(r: SentenceReading, hit: TriggerHit, type: EventType): OwnDate | null {
  const { lang, s, hits, bySentence } = r;
  const aspect = ASPECT[lang];
  const attributed = r.attributions[hits.indexOf(hit)];
  const eve = !attributed && isEveOrAfter(lang, s, hit.at);
  // A relative clause that tells when a vote or a gathering happens dates it even where the
  // sentence names only its eve or a decision to hold it: "подготовка к встрече, которая
  // состоится осенью", "вынесут на слушания, которые пройдут 11 марта".
  const clauseDay = r.clauses.get(hit)?.date;
  // (An attributed date is never an eve's: eve is read only without one.)
  const nearest = attributed
    ? (finerInYear(attributed, pickTimex(lang, s, hit.at, bySentence)) ?? attributed)
    : (clauseDay ?? (eve ? undefined : pickTimex(lang, s, hit.at, bySentence)));
  if (isHabit(lang, s, nearest) || isSpeechCourse(lang, s, hit.at, hit.text, type)) return null;
  if (isCompetence(lang, s, nearest)) return null;
  // ("за 20 дней до выборов": the point a countdown counts to, unless its own day follows it,
  // "за 20 дней до выборов 5 апреля".)
  if (isCountdownPoint(lang, s, hit, nearest)) return null;
  // "Закон, принятый Парламентом 5 марта, …": a phrase describing the noun that holds a cue of
  // the same kind with the date tells the noun's act; the noun is not a second, undated one.
  const sameKind = hits.filter((h) => h !== hit && h.trigger.type === type);
  if (
    nearest &&
    nearest !== attributed &&
    sameKind.length &&
    // (Not a date the noun of another kind owns: "5 маусымдағы референдумнан кейін Парламент заң
    // қабылдады" is the referendum's day, and the law no act's attribute.)
    !r.attributions.some((a, i) => a === nearest && r.hits[i]!.trigger.type !== type) &&
    acrossAttribute(lang, s, hit, nearest, sameKind)
  )
    return null;
  const deadline = isForeignDeadline(lang, s, hit, nearest);
  // "көктемгі су тасқыны" (the spring floods): a season as an adjective, with no year, names a
  // kind of thing, not when this one happened.
  // A bare season with no year in the sentence ("съезі күзде өтеді") is not dated either, as the
  // annotators leave it: which autumn is not written.
  const generic =
    nearest !== undefined &&
    nearest.anchor !== 'absolute' &&
    /SP|SU|FA|WI/u.test(nearest.value) &&
    (isAttributiveDate(lang, nearest) ||
      (!DATE_OWNERSHIP[lang].definiteSeason.test(nearest.text) &&
        yearBefore(r.withYear, s.start, nearest.start) === undefined));
  const attributive = aspect.attributive.test(
    hit.text.replace(/^.*\s/su, '') +
      s.text.slice(hit.at + hit.text.length, hit.at + hit.text.length + 40),
  );
  // (Told as what was said "today", a past act is not today's news: it happened before.)
  const saidOnDay = nearest !== undefined && dayOfSaying(lang, s, hit, nearest);
  // (Told as a later or earlier step than the date: not that day, nor the article's news.)
  const stepped =
    nearest !== undefined && nearest !== attributed && stepBetween(lang, s, hit.at, nearest);
  // A date another noun's phrase or clause holds ("выборов, прошедших 17 ноября", "өткен сайлаудың").
  const othersDate = (t: DocTimex) =>
    acrossAttribute(lang, s, hit, t, hits) ||
    // (The day right after the vote a candidate is put up for is that vote's, not the putting up's:
    // "выдвинула кандидата на выборы 19 марта".)
    hits.some((h) => h !== hit && h.candidacy === true && isCandidacyDay(lang, s, h, t)) ||
    inOtherRelativeClause(lang, s, hit, t) ||
    // (The day a clause gives another gathering: "обсудили подготовку к заседанию, которое
    // состоится 12 июня" is no discussion of 12 June.)
    (t !== clauseDay && [...r.clauses.values()].some((c) => c?.date === t)) ||
    // (The day of an event the act is told after: "После референдума 5 июня 2022 года …".)
    inAfterPhrase(lang, s, t, bySentence.get(s.index) ?? [], hit.at + hit.text.length - 1) ||
    // (The object's own: "ратифицировал соглашение от 5 мая", "объявил 2026 год Годом …".)
    objectsOwnDate(lang, s, hit, t) ||
    // (The next clause's, past the cue's closing verb: closingVerb.ts.)
    afterClosingVerb(lang, s, hit, type, t) ||
    (t !== attributed &&
      ATTRIBUTE_PHRASE[lang].ofAnotherNoun(s, hit, t, () => attributedToOtherCue(r, t, type, hit)));
  // (Or one the cue cannot own for another reason: said of another day, past its own day word.)
  const notOwn = (t: DocTimex) =>
    inWhatWasSaid(lang, s, hit, t) ||
    beyondOwnDayWord(lang, s, hit, t, r.storyDayWords) ||
    // (Nor one it is only counted since: "2019 жылдан бергі алтыншы Жолдауы", sinceDate.ts.)
    countedSince(lang, s, hit, type, t) ||
    (attributive && t !== attributed && !inItsPhrase(lang, s, hit, t));
  // (An instruction's nearest date may be its task's deadline, its own day before it: "5 марта
  // министр поручила акимам до 1 июля завершить …", deadline.ts.)
  const taskDeadline = deadline && hit.trigger.facet === 'instructed';
  const another = nearest !== undefined && (othersDate(nearest) || taskDeadline);
  const blocked = !nearest || (deadline && !taskDeadline) || saidOnDay || stepped;
  // With the nearest date another noun's, the cue's own may stand before it: "ОСК дүйсенбі күні
  // 15 қарашада өткен сайлаудың қорытындысын бекітті" is Monday's approval.
  const cuesOwn = (t: DocTimex) => !othersDate(t) && !notOwn(t) && !isForeignDeadline(lang, s, hit, t); // prettier-ignore
  const picked =
    blocked || generic || another || notOwn(nearest)
      ? !blocked && another
        ? (dateBefore(r, hit, nearest, cuesOwn) ?? dateAfter(r, hit, nearest, cuesOwn))
        : undefined
      : nearest;
  // "на следующий день" is the narrative's next day, not a day an act sets.
  // (So is the day given to a vote named as a topic: "вынесут на референдум 15 марта", objectDate.ts.)
  // (Not to one a statement is about: "Миссия ОБСЕ представила оценку выборов 14 марта" is the
  // statement's day, told after its object as a verb's time is.)
  const target =
    picked !== undefined &&
    (picked === clauseDay ||
      (!isNextDay(picked, lang) &&
        (aspect.targetCase.test(picked.text) ||
          (aspect.targetBefore.test(s.text.slice(0, picked.start - s.start)) &&
            !aspect.timeWhen?.test(picked.text)) ||
          (hit.topic === true &&
            !hit.stated &&
            VOTES.has(type) &&
            topicVoteDay(lang, s, hit, picked, bySentence.get(s.index) ?? [])))));
  // The topic of a law or decree is an event when the act sets its day; the act itself was
  // signed some other day than the one it sets.
  if (hit.topic && (!target || hit.caused)) return null;
  // (Its date right after it is its own: "кандидата на выборы 20 ноября", "на выборы в Мажилис
  // 19 марта".)
  if (
    hit.candidacy &&
    !target &&
    nearest !== attributed &&
    (nearest === undefined || !isCandidacyDay(lang, s, hit, nearest))
  )
    return null;
  // (A bill's reading is scheduled for the day it sets: "Второе чтение запланировано на 29 мая".)
  // "В том же Послании он предложил … провести референдум в 2027 году": a day later than that
  // gathering's is the proposed thing's, not the proposing's, which was done at the gathering.
  const thatDay = !VOTES.has(type) ? gatheringDay(r, hit) : undefined;
  const own =
    (target && ACTS.has(hit.trigger.type) && hit.trigger.facet !== 'reading') ||
    (picked && thatDay && isLaterThan(picked.value, thatDay.edtf))
      ? undefined
      : picked;
  // ("Об этом сообщил вчера …": the day is of the news told before, not a statement's.)
  const inClause =
    !hit.trigger.clauseDate ||
    (own !== undefined &&
      sameClause(lang, s, hit, own, objectClauses(lang, s, bySentence.get(s.index) ?? [])) &&
      !(aspect.aboutThis.test(s.text) && !saidAboutThis(lang, hit.trigger.facet, s.text)));
  // (Unless a speech tag tells the saying, "«…», – сказал он" (quoteTag.ts), or a year is named.)
  const tag = () => hit.trigger.needsDate && (saidInQuoteTag(lang, s.text, hit.at, hit.text) || namesAYear(lang, s, hit)); // prettier-ignore
  if (((hit.trigger.needsDate && !own) || !inClause) && !tag()) return null;
  return {
    ...(own && inClause ? { own } : {}),
    ...(thatDay ? { thatDay } : {}),
    reference: attributive || eve || saidOnDay || stepped || treatyActRecalled(lang, s, hit, own),
  };
}

/**
 * Whether the sentence's reading by position gave the date `t` to a cue of another kind than
 * `type`: "указом от 9 апреля" is the decree's whichever cue tells it, and of what it does, though
 * not of a vote or a gathering it calls.
 */
function attributedToOtherCue(r: SentenceReading, t: DocTimex, type: EventType, hit: TriggerHit) {
  return r.attributions.some(
    (a, i) =>
      a === t &&
      (otherKind(r.hits[i]!.trigger, { type, facet: hit.trigger.facet }) ||
        // (What a discussion is about is another gathering: "обсудили подготовку к визиту … в
        // июне" is the visit's June.)
        (hit.trigger.facet === 'discussion' && r.hits[i]!.trigger.facet !== 'discussion')) &&
      (a !== r.documentDates[i] || VOTES_AND_GATHERINGS.has(type)),
  );
}

/**
 * The day of the gathering the sentence points at: "that" one ("Сол Жолдауда"), on the day the
 * article gave it; or its nth day ("во второй день визита" after "С 3 по 5 июня … визит": 4 June),
 * counted from the first day given when that is a whole day.
 */
function gatheringDay(r: SentenceReading, hit: TriggerHit): EventDate | undefined {
  if (r.that)
    return r.thatReach === undefined || hit.at < r.thatReach ? r.namedDays.get(r.that) : undefined;
  const first = r.nth && r.namedDays.get(r.nth.kind);
  if (!first || !r.nth) return undefined;
  if (r.nth.after === 0) return first;
  const day = /^\d{4}-\d{2}-\d{2}$/u.test(first.edtf)
    ? dayAfter(first.edtf, r.nth.after)
    : undefined;
  return day ? { ...first, edtf: day } : undefined;
}

/**
 * "В марте … выступил с Посланием, а позже подписал закон": a step before or after ("позже",
 * "затем", "одан кейін") between a date and a later trigger tells another time than that date.
 */
function stepBetween(lang: SourceLang, s: Sentence, at: number, t: DocTimex): boolean {
  const from = t.end - s.start;
  return from <= at && ASPECT[lang].otherTime.test(s.text.slice(from, at));
}

/**
 * A report "about this" that is itself a statement of the day its clause gives (where the locale
 * says so: "Бұл туралы бүгін департамент хабарлады"); not an earlier telling ("бұл туралы 2019 жылы
 * да айтқан", "бұрын").
 */
function saidAboutThis(lang: SourceLang, facet: string, text: string): boolean {
  const aspect = ASPECT[lang];
  return (
    !!aspect.saidAboutThis && facet === 'said' && !ALSO.test(text) && !aspect.recall.test(text)
  );
}

/**
 * The date nearest before another noun's date `skip`, left of the cue and accepted by `ok`: the
 * cue's own where the nearer one belongs to a participle's or a clause's noun.
 */
function dateBefore(
  r: SentenceReading,
  hit: TriggerHit,
  skip: DocTimex,
  ok: (t: DocTimex) => boolean,
): DocTimex | undefined {
  const at = r.s.start + hit.at;
  const before = (r.bySentence.get(r.s.index) ?? []).filter(
    (t) => t !== skip && t.end <= Math.min(at, skip.start) && !isHabit(r.lang, r.s, t),
  );
  // (A date glued to the skipped one, a weekday in apposition, is of the same phrase: "жексенбі
  // күні, 15 наурызда өткен", "в воскресенье, 15 марта".)
  let edge = skip.start;
  for (const t of before.reverse()) {
    if (/^\s*(?:күні\s*)?,\s*$/u.test(r.s.text.slice(t.end - r.s.start, edge - r.s.start))) {
      edge = t.start;
      continue;
    }
    if (ok(t)) return t;
  }
  return undefined;
}

/**
 * With the nearest date before the cue another noun's, the first one after the cue in its own
 * clause (no comma, semicolon or dash between): "Принятая на референдуме 5 июня Конституция
 * вступит в силу 1 июля" is the coming into force's 1 July, 5 June the adopting's. (Only a cue
 * that stands past the skipped date: one before it keeps the dates before it, dateBefore.)
 */
function dateAfter(
  r: SentenceReading,
  hit: TriggerHit,
  skip: DocTimex,
  ok: (t: DocTimex) => boolean,
): DocTimex | undefined {
  const end = r.s.start + hit.at + hit.text.length;
  if (skip.end > r.s.start + hit.at) return undefined;
  const after = (r.bySentence.get(r.s.index) ?? []).find((t) => t.start >= end);
  if (!after || /[,;:—–]/u.test(r.s.text.slice(end - r.s.start, after.start - r.s.start)))
    return undefined;
  return !isHabit(r.lang, r.s, after) && ok(after) ? after : undefined;
}

/**
 * A year given to the noun ("өткен жылғы Жолдау") and a day of that year in its clause ("2
 * қыркүйекте жарияланған"): the day, which the year resolved, is the finer date of the same act.
 */
function finerInYear(year: DocTimex, t: DocTimex | undefined): DocTimex | undefined {
  return t &&
    t !== year &&
    year.granularity === 'year' &&
    /^\d{4}$/u.test(year.value) &&
    (t.granularity === 'day' || t.granularity === 'month') &&
    t.value.startsWith(`${year.value}-`)
    ? t
    : undefined;
}
