/**
 * Stage 7 — events: every sentence that carries a trigger becomes a candidate with its arguments;
 * its date and status come from events/when.ts (the dating principle); candidates of one article
 * are then merged (see mergeInArticle).
 */
import type { EventDate, Organisation } from '../../../src/model/schema';
import type { Candidate } from '../events/candidate';
import { pickTimex, timexesBySentence } from '../events/dateEvent';
import { subjectOf, themesOf, titleArgs } from '../events/describe';
import { fillArguments } from '../events/fillArguments';
import { findTriggers } from '../events/cached';
import type { TriggerHit } from '../events/findTriggers';
import { createPeopleIndex } from '../events/peopleIndex';
import { ASPECT } from '../events/aspect';
import { whenOf } from '../events/when';
import type { Doc } from '../types';
import type { DocTimex } from './dates';
import type { DocumentDate } from './documentDate';

/** A trigger noun in the genitive modifies another noun: "съезінің делегаттары". */
const GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u;
/** Coalitions and headquarters take their theme from what the whole article is about. */
const ARTICLE_WIDE = new Set(['coalition', 'headquarters']);
/** Kinds that last: a discussion, a campaign, a coalition's work. Every other kind takes one day. */
const LASTING = new Set(['coalition', 'headquarters', 'reform', 'membership', 'other']);
const LASTING_FACETS = new Set(['discussion', 'gathering']);
/** Acts taken on one day: a range in their sentence is how long their effect lasts. */
const POINT_ACTS = new Set([
  'decree',
  'law',
  'appointment',
  'resignation',
  'address',
  'statement',
  'renaming',
  'proposal',
  'inauguration',
]);
/** Acts that set a day for something else: a decree, a law, a party's resolution. */
const ACTS = new Set(['decree', 'law']);
/** The headline and the lead paragraph: where an article tells its own news. */
const LEAD_PARAGRAPHS = 2;

export function detectEvents(
  doc: Doc,
  timexes: DocTimex[],
  dct: DocumentDate | undefined,
): Candidate[] {
  const people = createPeopleIndex(doc);
  const referendumArticle =
    /референдум/iu.test(doc.text) &&
    // "Орталық сайлау комиссиясы" (the election commission) runs referendums too.
    !/(?<![\p{L}])(?:сайлау(?!шы|\s+комиссия|\s+учаске)|выбор(?:ы|ов|ах|ам|ами)(?![\p{L}]))/iu.test(
      doc.text,
    );
  const articleKind = titleArgs('election', '', doc.text).electionKind;
  const bySentence = timexesBySentence(timexes);
  const withYear = timexes
    .filter((t) => t.anchor === 'absolute' && /^\d{4}/u.test(t.value))
    .sort((a, b) => a.end - b.end);
  const out: Candidate[] = [];
  let previous: EventDate | undefined;
  let lastAct: EventDate | undefined;
  for (const s of doc.sentences) {
    const hits = withOwnDates(s, findTriggers(s.text, doc.lang), bySentence);
    if (hits.length === 0) continue;
    const paragraph = doc.paragraphs[s.paragraph]!;
    const told = toldAbout(doc, s, bySentence);
    const aspect = ASPECT[doc.lang];
    const context = paragraph.text;
    let dated: EventDate | undefined;
    for (const hit of hits) {
      // "референдумның алдын ала қорытындысын жариялады", "объявил итоги референдума": the vote
      // is whose results were announced, not an event of that day.
      if (possessor(doc.lang, s, hit, hits)) continue;
      const modifier = GENITIVE.test(hit.text) && hits.length > 1;
      const args = fillArguments(doc, s, people, hit.trigger.type, modifier, hit.trigger.generic);
      const asVote =
        hit.trigger.type === 'election' &&
        /дауыс|голос/iu.test(hit.text) &&
        (referendumArticle || hits.some((h) => h.trigger.type === 'referendum'));
      const facet = asVote ? 'referendum' : hit.trigger.facet;
      // Voting in an article, or a sentence, about a referendum is the referendum, not an election.
      const type = asVote ? 'referendum' : hit.trigger.type;
      // "Накануне съезда, 24 января, …", "сайлау алдында": the eve of it is not its day.
      // "референдумнан кейін 1 шілдеде", "после выборов": a reference point, not the day's event.
      const eve =
        aspect.ahead.test(s.text.slice(hit.at)) ||
        aspect.aheadBefore.test(s.text.slice(0, hit.at)) ||
        aspect.afterIt.test(s.text.slice(hit.at)) ||
        aspect.afterItBefore.test(s.text.slice(0, hit.at));
      const nearest = eve ? undefined : pickTimex(s, hit.at, bySentence);
      // A deadline ("15 наурызға дейін", "до 15 марта") is when something must be done by, not a day.
      const deadline =
        nearest !== undefined &&
        !nearest.endValue &&
        (aspect.deadlineAfter.test(s.text.slice(nearest.end - s.start)) ||
          aspect.deadlineAfter.test(nearest.text.replace(/^.*?(?=\s\S+$)/u, '')) ||
          aspect.deadlineBefore.test(s.text.slice(0, nearest.start - s.start)));
      // "көктемгі су тасқыны" (the spring floods): a season as an adjective, with no year, names a
      // kind of thing, not when this one happened.
      const generic =
        nearest !== undefined &&
        nearest.anchor !== 'absolute' &&
        /SP|SU|FA|WI/u.test(nearest.value) &&
        /(?:ғы|гі|қы|кі)$/u.test(nearest.text);
      const picked =
        !nearest || deadline || generic || acrossAttribute(doc.lang, s, hit, nearest, hits)
          ? undefined
          : nearest;
      const target =
        picked !== undefined &&
        (aspect.targetCase.test(picked.text) ||
          aspect.targetBefore.test(s.text.slice(0, picked.start - s.start)));
      // The topic of a law or decree is an event when the act sets its day; the act itself was
      // signed some other day than the one it sets.
      if (hit.topic && !target) continue;
      const own = target && ACTS.has(hit.trigger.type) ? undefined : picked;
      if (hit.trigger.needsDate && !own) continue;
      const when = whenOf({
        lang: doc.lang,
        sourceId: doc.sourceId,
        sentence: s,
        at: hit.at,
        trigger: hit.text,
        own,
        ...(told && !own && !hit.topic ? { told } : {}),
        yearBefore: own ? yearBefore(withYear, s.start, own.start) : undefined,
        previous,
        lastAct,
        lead: s.paragraph < LEAD_PARAGRAPHS,
        vote: type === 'election' || type === 'referendum',
        oneDay: !LASTING.has(type) && !LASTING_FACETS.has(facet),
        act: POINT_ACTS.has(type),
        dct,
      });
      if (when.date && !dated) dated = when.date;
      if (when.date && ACTS.has(type)) lastAct = when.date;
      const targs = titleArgs(type, s.text, context);
      if (type === 'election' && targs.electionKind === 'general' && articleKind)
        targs.electionKind = articleKind;
      const base = {
        type,
        facet,
        places: args.places,
        organisations: args.organisations,
        actors: args.actors,
        args: targs,
      };
      out.push({
        sourceId: doc.sourceId,
        lang: doc.lang,
        type,
        facet,
        generic: hit.trigger.generic === true,
        subject: subjectOf(base, focusOrg(args.organisations, s.start + hit.at)),
        status: when.status,
        ...(when.date ? { date: when.date, dateSource: doc.sourceId } : {}),
        ...(when.undatedReason ? { undatedReason: when.undatedReason } : {}),
        ...(when.timex ? { undatedTimex: when.timex, undatedAt: s.start } : {}),
        ...(aspect.recall.test(s.text) ? { recalled: true } : {}),
        sentences: [{ ...s, sourceId: doc.sourceId }],
        paragraphs: [s.paragraph],
        ...args,
        themes: themesOf(
          type,
          ARTICLE_WIDE.has(type) ? [doc.text] : [s.text, context],
          args.organisations.map((o) => o.id),
        ),
        args: targs,
      });
    }
    if (dated) previous = dated;
  }
  return out;
}

/** "Too", "again", "already": the date is of another telling, not of the event. */
const ALSO =
  /[\p{L}\d]\s+(?:да|де|та|те)(?![\p{L}])|(?<![\p{L}])(?:тағы|бұрын|также|тоже|ещ[её]|уже|ранее)(?![\p{L}])/iu;

/**
 * The date the next sentence gives "about this" ("Ол бұл туралы 19 наурызда … айтты"): the
 * calendar expression nearest to the anaphor.
 */
function toldAbout(
  doc: Doc,
  s: Doc['sentences'][number],
  bySentence: Map<number, DocTimex[]>,
): { timex: DocTimex; sentence: Doc['sentences'][number] } | undefined {
  const aspect = ASPECT[doc.lang];
  // The next sentence, or the one opening the next paragraph ("Об этом сообщила пресс-служба в
  // четверг, 12 февраля." after the lead).
  const opening = doc.sentences.find((x) => x.index > s.index && x.paragraph > s.paragraph);
  for (const next of [doc.sentences[s.index + 1], opening]) {
    if (!next || (next === opening && opening.paragraph !== s.paragraph + 1)) continue;
    const m = aspect.aboutThis.exec(next.text);
    // "Ол бұл туралы 2019 жылы да айтқан", "Об этом он говорил ещё в 2019 году": said before, too.
    if (!m || aspect.recall.test(next.text) || ALSO.test(next.text)) continue;
    const timex = pickTimex(next, m.index, bySentence);
    if (timex) return { timex, sentence: next };
  }
  return undefined;
}

/**
 * The sentence's triggers, with a weak cue that stood aside brought back when a date expression
 * of the sentence is nearest to it and to no stronger trigger: two dates, two events.
 */
function withOwnDates(
  s: Doc['sentences'][number],
  hits: TriggerHit[],
  bySentence: Map<number, DocTimex[]>,
): TriggerHit[] {
  const strong = hits.filter((h) => !h.standAside);
  if (strong.length === hits.length) return hits;
  const taken = new Set(strong.filter((h) => !h.topic).map((h) => pickTimex(s, h.at, bySentence)));
  // A specific weak cue ("анонс") before a bare "something happened" ("появился").
  const weak = hits
    .filter((h) => h.standAside)
    .sort((a, b) => Number(a.trigger.needsDate === true) - Number(b.trigger.needsDate === true));
  const own: TriggerHit[] = [];
  for (const h of weak) {
    const t = pickTimex(s, h.at, bySentence);
    if (t === undefined || taken.has(t)) continue;
    taken.add(t);
    own.push(h);
  }
  return own.length ? [...strong, ...own.map(({ standAside: _, ...h }) => h)] : strong;
}

/**
 * The date belongs to another event when a participial phrase stands between: "Сайлауда жеңген
 * Тоқаев 26 қарашада ант қабылдады" (the oath's day, not the election's); "…, получивший отставку
 * накануне, указом назначен" (the dismissal's day, not the appointment's). Kazakh puts the
 * attribute before its noun, so the participle closes the trigger's phrase before the date; in
 * Russian the participle's phrase is set off by commas and holds the date and the other trigger.
 */
/** Results, a report, a decision: a trigger that owns another as its possessor. */
const HEADS = new Set(['results']);

/** A participle before the trigger gives it a day of its own ("19 наурызда өткен … сайлаудың"). */
const DESCRIBED: Record<Doc['lang'], RegExp> = {
  kk: /(?:ған|ген|қан|кен)\s+(?:[\p{L}-]+\s+){0,3}$/u,
  ru: /(?:вш|[её]дш)\p{L}*\s+(?:[\p{L}\d-]+\s+){0,3}$/u,
};

function possessor(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  hit: TriggerHit,
  hits: TriggerHit[],
): boolean {
  if (DESCRIBED[lang].test(s.text.slice(Math.max(0, hit.at - 50), hit.at))) return false;
  const end = hit.at + hit.text.length;
  // "Заңның кейбір нормаларын … тану туралы қаулы қабылдады": a law in the genitive before another
  // act is what that act is about, not a law passed.
  if (
    lang === 'kk' &&
    (hit.trigger.type === 'law' || hit.trigger.type === 'decree') &&
    GENITIVE.test(hit.text) &&
    hits.some((h) => h !== hit && h.at > hit.at && !h.topic && !h.trigger.fallback)
  )
    return true;
  return hits.some((h) => {
    if (h === hit || !HEADS.has(h.trigger.facet)) return false;
    // Kazakh: the genitive possessor before its head; Russian: the genitive after it.
    if (lang === 'kk') return GENITIVE.test(hit.text) && h.at >= end && h.at - end <= 30;
    const headEnd = h.at + h.text.length;
    return hit.at >= headEnd && hit.at - headEnd <= 25;
  });
}

/** A date followed by its participle ("19 наурызда өткен"): an attribute of the noun after it. */
const ATTRIBUTE_AFTER_DATE = /^\s+[\p{L}\p{M}]{2,}(?:ған|ген|қан|кен)(?=\s)/u;

function acrossAttribute(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  hit: TriggerHit,
  t: DocTimex,
  hits: TriggerHit[],
): boolean {
  const others = hits.filter((h) => h !== hit && !h.topic);
  if (others.length === 0) return false;
  const participle = ASPECT[lang].participle;
  const from = t.start - s.start;
  const to = t.end - s.start;
  if (lang === 'kk') {
    const end = hit.at + hit.text.length;
    if (end <= from) {
      return participle.test(s.text.slice(end, from)) && others.some((h) => h.at >= to);
    }
    // "19 наурызда өткен … сайлаудың қорытындысын жариялады": the date and its participle modify
    // the election, the trigger the participle leads to; a trigger after that one is another event.
    const attr = ATTRIBUTE_AFTER_DATE.exec(s.text.slice(to));
    if (!attr) return false;
    const head = to + attr[0].length;
    const owner = others.find((h) => h.at >= to && h.at <= head + 60);
    return owner !== undefined && hit.at > owner.at;
  }
  const segStart = s.text.lastIndexOf(',', from) + 1;
  const comma = s.text.indexOf(',', to);
  const segEnd = comma < 0 ? s.text.length : comma;
  const inside = (h: TriggerHit) => h.at >= segStart && h.at < segEnd;
  return !inside(hit) && participle.test(s.text.slice(segStart, segEnd)) && others.some(inside);
}

/**
 * The nearest date expression stating a year in [from, before) — the sentence before the date:
 * "В 2022 году … 26 апреля".
 * `withYear` is in text order: a binary search, so an article of 40,000 dated sentences stays linear.
 */
function yearBefore(withYear: DocTimex[], from: number, before: number): DocTimex | undefined {
  let lo = 0;
  let hi = withYear.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (withYear[mid]!.end <= before) lo = mid + 1;
    else hi = mid;
  }
  const best = withYear[lo - 1];
  return best && best.start >= from ? best : undefined;
}

/** The organisation named nearest before the trigger ("«AMANAT» партиясының … съезі"). */
function focusOrg(orgs: Organisation[], at: number): string | undefined {
  const before = orgs
    .filter((o) => o.evidence.end <= at)
    .sort((a, b) => b.evidence.end - a.evidence.end);
  return before[0]?.id;
}
