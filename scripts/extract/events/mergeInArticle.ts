/**
 * One article tells one event in several sentences. Candidates merge when they share type, facet
 * and subject and their dates do not contradict each other, or share type, day and sentence; generic gatherings ("жиын"),
 * what a meeting discussed and the regional make-up of a coalition join the specific event of the
 * same day they are part of.
 */
import { otherLaws, otherSteps } from './lawNames';
import { isBareDecree } from './bareDecree';
import type { Candidate } from './candidate';
import { datesCompatible, FROM_PUBLICATION, isBareHappening } from './combine';
import { surnameOf } from './canonicalNames';
import { isGenericSubject } from './describe';
import { fold, type Joins, type KeyOf } from './fold';
import { meetingToldAgain } from './meetingToldAgain';
import { longBeforeNews } from './newsStory';
import { storyFacet } from './storyFacet';
import type { DocumentDate } from '../stages/documentDate';
import { toldDate as drawn } from './dateEvent';

export function mergeInArticle(
  candidates: Candidate[],
  top: { headline: number; lead: number } = { headline: 0, lead: 1 },
  dct?: DocumentDate,
): Candidate[] {
  return foldsInArticle(top, dct).reduce(
    (list, step) => fold(list, step.joins, step.keyOf, step.apart),
    candidates,
  );
}

/** One fold: which reports join, and (fold.ts) keys that spare comparing those that cannot. */
export interface FoldStep {
  joins: Joins;
  keyOf?: KeyOf;
  apart?: (c: Candidate) => boolean;
}

/**
 * The folds of mergeInArticle, in order. Their keys are what `joins` requires equal and combining
 * keeps, so each report is compared with the heads it may join only: 5 MB of news on one line gave
 * thousands of bare gatherings ("жиын"), each compared with every other in every fold (800 ms).
 */
export function foldsInArticle(
  top: { headline: number; lead: number },
  dct?: DocumentDate,
): FoldStep[] {
  return [
    // Same type, facet and subject.
    {
      joins: (a, b) =>
        // Bare gatherings ("жиын") never merge with each other: only with the event they are part of.
        !(a.generic && b.generic) &&
        a.type === b.type &&
        storyFacet(a) === storyFacet(b) &&
        (a.subject === b.subject || isGenericSubject(a.subject) || isGenericSubject(b.subject)) &&
        datesCompatible(a, b, true) &&
        // (Nor two steps of a law on two days: lawNames.ts otherSteps.)
        !otherSteps(a, b) &&
        // A recalled event and the article's undated news are two events ("еске салайық, алғашқы
        // отырыс 2022 жылы өткен" is not today's session), and so are a recalled one and the news
        // the publication dates ("Смайыловты Премьер-Министр етіп тағайындады" today; "Еске
        // салайық, 5 қаңтарда … Сол күні Смайылов міндетін атқарушы болып белгіленген еді").
        !(
          a.recalled !== b.recalled &&
          (!a.date || !b.date || byPublication(a) || byPublication(b))
        ) &&
        // Nor is one told as still ahead, with no day, one the article dates as done ("Беларусь
        // ұйымның толық мүшесі атанбақ" is no membership of 2017).
        !aheadAndLongDone(a, b, dct) &&
        !aheadAndLongDone(b, a, dct),
      keyOf: (c) => `${c.type}|${storyFacet(c)}`,
      apart: (c) => c.generic,
    },
    // An event told again ("этой инициативой", "Бұл – алтыншы Жолдауы") is the one of its kind told
    // before it on a day that agrees, whatever facet or subject its wording gives it.
    {
      joins: (a, b) =>
        b.restates === true &&
        // (Not into a bare gathering, "күткен жиыннан": a restatement names an event told before.)
        !a.generic &&
        a.type === b.type &&
        a.sentences[0]!.start < b.sentences[0]!.start &&
        datesCompatible(a, b, true) &&
        // (The noun of an appointment is the post, not the act: "Этот пост получил Малик Мурзалин"
        // is a second appointment to the post just left.)
        !POSTS.has(b.type),
      // (A bare gathering is no target, and one that restates nothing joins none.)
      keyOf: (c) => (c.generic && !c.restates ? undefined : c.type),
    },
    // A meeting told again, with no day but the publication's and no one new, is the meeting told
    // before on that day (meetingToldAgain.ts).
    // (Bare gatherings are never the meeting joined: none joins another.)
    { joins: meetingToldAgain, keyOf: dayOf, apart: (c) => c.generic },
    // One sentence telling one act by two cues of the same type ("Мәжілісті таратып, сайлауын
    // тағайындады", "приняли в первом чтении поправки в закон") on one day is one event; so it is
    // with no day at all ("Регистрация кандидатов завершится …": a registration and a step of
    // nomination, both undated).
    {
      joins: (a, b) =>
        a.type === b.type &&
        !a.generic &&
        !b.generic &&
        (sameDay(a, b) || bothUndated(a, b)) &&
        sharesSentence(a, b),
      keyOf: (c) => (c.generic ? undefined : c.type),
    },
    // Parts joining a whole of the same day. (A bare gathering told in another sentence shares a
    // day, not a month or a year: "Следующее заседание пройдет в 2027 году" is no part of the
    // referendum of 2027 the sentence before told.)
    {
      joins: (main, part) =>
        isPartOf(part, main) &&
        sameDay(main, part) &&
        (!part.generic || sharesSentence(part, main) || !COARSE.has(main.date?.precision ?? '')),
      keyOf: dayOf,
    },
    // One person's reforms told as proposed and as announced on one day, in two sentences, are one
    // act ("Мен 16-наурызда саяси реформалардың жаңа реформасын ұсынамын" and "реформаларды алдағы
    // Жолдауында жеткізбек" in one congress report).
    {
      joins: (a, b) =>
        a.date !== undefined &&
        sameDay(a, b) &&
        a.status === b.status &&
        PROPOSED.has(a.type) &&
        PROPOSED.has(b.type) &&
        a.type !== b.type &&
        sharesActor(a, b) &&
        // (A past proposal and the reform it made, told in one sentence, are two events, as the
        // golds count them: "Переход к прямым выборам предложил Президент … в Послании 1 сентября";
        // announced ahead, both are the one coming announcement.)
        (a.status === 'planned' || !sharesSentence(a, b)),
      keyOf: dayOf,
    },
    // The headline restates the news its lead tells: a headline's event of the lead's day joins the
    // lead's, whatever kind the headline's shorter wording made of it ("Мемлекет басшысы Парламентке
    // саяси реформалар топтамасын ұсынды" over a lead about the Address that proposed them).
    {
      // (Not a lead that says nothing of its act, "Указ подписан сегодня": no wording to prefer.)
      joins: (lead, head) =>
        isHeadline(head, top.headline) &&
        tellsLead(lead, top.lead) &&
        !isBareDecree(lead) &&
        sameDay(lead, head) &&
        // (Not another person's act: "Аким освобождён от должности" over "Новым акимом назначен
        // Исабаев" is a dismissal and an appointment.)
        (lead.type === head.type ||
          !lead.actors.length ||
          !head.actors.length ||
          sharesSurname(lead, head)) &&
        // (Nor another law than the lead's, each told by its name or what it is about: "закон о …",
        // "«… туралы» заң".)
        !otherLaws(lead.args, head.args),
      keyOf: dayOf,
    },
    // A headline with no day of its own, dated only by the publication, tells the news its lead
    // dates a day or a few before ("Токаев провел встречу …" over "Токаев 3 марта принял …",
    // published on the 4th): the lead's event, of its kind or of its people.
    {
      joins: (lead, head) =>
        isHeadline(head, top.headline) &&
        tellsLead(lead, top.lead) &&
        byPublication(head) &&
        lead.date !== undefined &&
        !byPublication(lead) &&
        // (Not one the lead recalls: "Напомним, 5 января …" under today's appointment.)
        !lead.recalled &&
        !isBareDecree(lead) &&
        // (Of the lead's kind, on any day before: a report that comes a month later still heads
        // its lead's act, "Сенат одобрил закон" over "Сенат 10 февраля одобрил закон"; only the
        // days just before for a headline worded as another kind.)
        datesCompatible(lead, head, lead.type !== head.type) &&
        (lead.type === head.type || sharesSurname(lead, head)) &&
        !otherLaws(lead.args, head.args) &&
        !otherSteps(lead, head),
      keyOf: (c) => (isHeadline(c, top.headline) || tellsLead(c, top.lead) ? 'top' : undefined),
    },
  ];
}

/**
 * An undated candidate told as ahead, and one the article tells as done long before its
 * publication ("Беларусь ұйымның толық мүшесі атанбақ" and "2017 жылы Үндістан мен Пәкістан
 * ұйымның толық мүшесі атанды"): two events.
 */
function aheadAndLongDone(ahead: Candidate, done: Candidate, dct?: DocumentDate): boolean {
  return (
    !ahead.date &&
    ahead.status === 'planned' &&
    done.date !== undefined &&
    done.status !== 'planned' &&
    longBeforeNews(done.date, dct)
  );
}

/** Kinds whose cue is often the post itself ("пост", "қызмет"), not the act. */
const POSTS = new Set(['appointment', 'resignation']);

/** Kinds one announcement of reforms is told as. */
const PROPOSED = new Set(['proposal', 'reform']);

// (Sets, not nested loops: one event an article repeats thousands of times gathers as many
// sentences and actors, and two such heads are compared.)
function sharesActor(a: Candidate, b: Candidate): boolean {
  const names = new Set(a.actors.map((x) => x.name));
  return b.actors.some((y) => names.has(y.name));
}

/** (A headline names people shorter: "Токаев" for "Касым-Жомарт Токаев".) */
function sharesSurname(a: Candidate, b: Candidate): boolean {
  const names = new Set(a.actors.map((x) => surnameOf(x.name)));
  return b.actors.some((y) => names.has(surnameOf(y.name)));
}

function sharesSentence(a: Candidate, b: Candidate): boolean {
  const starts = new Set(a.sentences.map((x) => x.start));
  return b.sentences.some((y) => starts.has(y.start));
}

/** Dates that name a span in which many gatherings fit, not one day. */
const COARSE: ReadonlySet<string> = new Set(['year', 'season', 'month']);

function isPartOf(part: Candidate, main: Candidate): boolean {
  if (part === main) return false;
  // (What was discussed at a gathering the same sentence names is that gathering: "Накануне
  // законопроект обсудили на заседании рабочей группы" is the working group's meeting.)
  if (main.generic) return isDiscussion(part) && !part.generic && sharesSentence(part, main);
  // A bare "it took place" ("сессиясы … 30 шілдеде өтеді", "заседание пройдет 30 июля") in the
  // sentence of a specific event of that day is that event's own verb, not a second event.
  if (isBareHappening(part)) return !isBareHappening(main) && sharesSentence(part, main);
  // (Not into an admission decided there: a state made a member at a council's sitting is the
  // council's outcome, and the sitting stays a gathering of its own.)
  // (Nor into what someone said that day: the words are told at the gathering, not the gathering
  // itself, "Совет провел первое заседание … Сам Токаев пообещал …".)
  if (part.generic)
    return (
      main.type !== 'membership' &&
      main.type !== 'statement' &&
      (main.type !== 'meeting' || main.facet !== 'discussion')
    );
  // What was discussed ("Собеседники обсудили …") is part of the talk or meeting of that day.
  if (isDiscussion(part)) return main.type === 'meeting' && main.facet !== 'discussion';
  return (
    part.type === 'coalition' &&
    part.facet === 'composition' &&
    main.facet === 'launch' &&
    part.places.length > 0
  );
}

/** Dated only as the article's news, by its publication. */
function byPublication(c: Candidate): boolean {
  return c.date !== undefined && FROM_PUBLICATION.has(c.date.method);
}

/** Told only in the headline (events/lead.ts). */
function isHeadline(c: Candidate, headline: number): boolean {
  return c.paragraphs.every((p) => p === headline);
}

/** Told in the lead paragraph, the first of running text after the headline. */
function tellsLead(c: Candidate, lead: number): boolean {
  return c.paragraphs.includes(lead);
}

/** Neither has a day, not even a year-less one, and both are told as ahead or both as done. */
function bothUndated(a: Candidate, b: Candidate): boolean {
  return (
    !a.date &&
    !b.date &&
    a.undatedTimex === undefined &&
    b.undatedTimex === undefined &&
    a.status === b.status
  );
}

/** Equal for two candidates exactly when sameDay; kept by combining them (the better date of one day). */
function dayOf(c: Candidate): string | undefined {
  if (c.date) return `d${drawn(c.date)}`;
  return c.undatedTimex === undefined ? undefined : `u${c.undatedTimex}`;
}

function sameDay(a: Candidate, b: Candidate): boolean {
  if (a.date && b.date) return drawn(a.date) === drawn(b.date);
  // Two items not yet placed on one year-less day ("7 февраля") share that day too.
  return !a.date && !b.date && a.undatedTimex !== undefined && a.undatedTimex === b.undatedTimex;
}

const isDiscussion = (c: Candidate) => c.type === 'meeting' && c.facet === 'discussion';
