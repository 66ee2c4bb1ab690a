/**
 * Stage 7 — events: every sentence that carries a trigger becomes a candidate with its arguments;
 * its date and status come from events/when.ts (the dating principle); candidates of one article
 * are then merged (see mergeInArticle).
 */
import { possessorFirst } from '../events/possessorFirst';
import { happeningClause, inOtherRelativeClause } from '../events/relativeClause';
import { HAPPEN, lastNamed, pronounFor, type Named } from '../events/itHappens';
import { isNextDay } from '../dates/nextDay';
import type { EventDate, EventType, Organisation, SourceLang } from '../../../src/model/schema';
import type { Candidate } from '../events/candidate';
import { pickTimex, timexesBySentence } from '../events/dateEvent';
import { isPurposeYear } from '../dates/purposeYear';
import { describesKkNoun } from '../dates/sentenceYear';
import { framingYear, yearBefore } from '../events/framingYear';
import { subjectOf, themesOf, titleArgs } from '../events/describe';
import { fillArguments } from '../events/fillArguments';
import { sentenceHits } from '../events/laterClauses';
import { isForeignDeadline } from '../events/deadline';
import {
  acrossAttribute,
  attributeOfOther,
  describesNounBefore,
  inItsPhrase,
  inParticiplePhraseAfter,
  describesArgumentBefore,
} from '../events/attributePhrases';
import {
  ALSO,
  attributedDate,
  documentDate,
  GENITIVE,
  isAttributiveDate,
  possessor,
  withOwnDates,
} from '../events/dateOwnership';
import { entryDate, headingDate, toldAbout } from '../events/toldDates';
import { createPeopleIndex } from '../events/peopleIndex';
import { ASPECT } from '../events/aspect';
import { ruMonthBeforeNoun } from '../locales/ru/dates/ruMonthAdjective';
import { gatheringKind, thatGatheringKind } from '../events/thatGathering';
import { ownClause, whenOf } from '../events/when';
import { listedWith } from '../events/dateList';
import { isNewsDay } from '../events/newsDay';
import { isEveOrAfter, isHabit } from '../events/notAnEvent';
import { leadParagraphs } from '../events/lead';
import { dayOfSaying, inWhatWasSaid, sameClause } from '../events/sameClause';
import { opensWithDate, sentenceTime } from '../events/sentenceTime';
import type { Doc, Sentence } from '../types';
import type { DocTimex } from './dates';
import type { DocumentDate } from './documentDate';

/** Coalitions and headquarters take their theme from what the whole article is about. */
const ARTICLE_WIDE = new Set(['coalition', 'headquarters']);
/** Kinds that last: a discussion, a campaign, a coalition's work. Every other kind takes one day. */
const LASTING = new Set(['coalition', 'headquarters', 'reform', 'membership', 'other']);
const LASTING_FACETS = new Set(['discussion', 'gathering']);
/** States that hold over time: a range in their sentence is how long they held. */
const STATES = new Set(['coalition', 'headquarters', 'reform', 'membership']);
/** Gatherings whose day dates what is done at them, and what is done there. */
const GATHERINGS = new Set(['meeting', 'session', 'congress']);
const DONE_AT_GATHERINGS = new Set(['other', 'statement', 'proposal']);
/** Acts that set a day for something else: a decree, a law, a party's resolution. */
const ACTS = new Set(['decree', 'law']);

export function detectEvents(
  doc: Doc,
  timexes: DocTimex[],
  dct: DocumentDate | undefined,
): Candidate[] {
  const people = createPeopleIndex(doc);
  // The headline and the lead paragraph: where an article tells its own news.
  const isLead = leadParagraphs(doc);
  const referendumArticle =
    /референдум/iu.test(doc.text) &&
    // "Орталық сайлау комиссиясы" (the election commission) runs referendums too.
    !/(?<![\p{L}])(?:сайлау(?!шы|\s+комиссия|\s+учаске)|выбор(?:ы|ов|ах|ам|ами)(?![\p{L}]))/iu.test(
      doc.text,
    );
  const articleKind = titleArgs('election', '', doc.text).electionKind;
  const kurultaiArticle = /ұлттық\s+құрылтай|национальн\p{L}*\s+курулта[йяюе]/iu.test(doc.text);
  // Years named as a plan's or a budget's ("на 2025–2027 годы") date nothing the sentence tells.
  const bySentence = timexesBySentence(timexes.filter((t) => !isPurposeYear(doc.text, t)));
  // Years stated, and this or last year named ("биыл күзде", "в этом году … в июне").
  const withYear = timexes
    .filter(
      (t) =>
        !isPurposeYear(doc.text, t) &&
        !describesKkNoun(doc.text, t, doc.lang) &&
        // (Or one the story gave: "сол жылдың қыркүйегінде", dates/nextDay.ts.)
        (((t.anchor === 'absolute' || t.anchor === 'context') && /^\d{4}/u.test(t.value)) ||
          (t.granularity === 'year' && /^\d{4}$/u.test(t.value))),
    )
    .sort((a, b) => a.end - b.end);
  const out: Candidate[] = [];
  let previous: EventDate | undefined;
  let previousYearless: string | undefined;
  let lastAct: EventDate | undefined;
  let newsDay: { date: EventDate; paragraph: number } | undefined;
  // The recall the sentence before opened ("Напомним, 5 февраля …"), and the date it gave.
  let recall: { index: number; paragraph: number; date?: EventDate } | undefined;
  // A paragraph that opens with its day ("26 апреля — XXIII съезд. Токаев сложил полномочия …"):
  // the day its later, undated sentences go on telling.
  let opened: { paragraph: number; date?: EventDate } | undefined;
  // The gathering a sentence dated by its own date, and the paragraph its day goes on in: its
  // own, or the answer after a question that names it ("Что дал саммит ОТГ 6 ноября?").
  let gathering: { paragraph: number; date: EventDate; planned: boolean } | undefined;
  // The day the article gave each gathering it named ("1 қыркүйектегі Жолдауында"), for a later
  // "Сол Жолдауда" anywhere in the article.
  const namedDays = new Map<string, EventDate>();
  let named: Named | undefined;
  for (const s of doc.sentences) {
    if (gathering && gathering.paragraph < s.paragraph) gathering = undefined;
    if (opened?.paragraph !== s.paragraph)
      opened = opensWithDate(doc, s, bySentence) ? { paragraph: s.paragraph } : undefined;
    // (Only a sentence with no date expression of its own: "Четыре дня спустя" is its own day.)
    const inOpened =
      opened?.date !== undefined &&
      opened.paragraph === s.paragraph &&
      (bySentence.get(s.index) ?? []).length === 0;
    // (A sentence with a recall cue of its own opens another recall: "Одан бұрын", "Ранее" tell an
    // earlier time than the day the sentence before gave, "Напомним" another story.)
    const ownRecall = ASPECT[doc.lang].recall.test(s.text);
    const continuing =
      recall && !ownRecall && recall.paragraph === s.paragraph && recall.index === s.index - 1
        ? recall
        : undefined;
    recall = ownRecall ? { index: s.index, paragraph: s.paragraph } : undefined;
    const found = sentenceHits(doc.lang, s, bySentence.get(s.index) ?? []);
    const hits = withOwnDates(doc.lang, s, found, bySentence);
    // "…подготовку к саммиту ОТГ. Он пройдет 6 ноября": the gathering the sentence before named
    // last is what the pronoun's happening tells.
    const itHappens = pronounFor(doc.lang, s, named);
    named = lastNamed(doc.lang, s, found);
    if (hits.length === 0) continue;
    const paragraph = doc.paragraphs[s.paragraph]!;
    const told =
      toldAbout(doc, s, bySentence) ??
      headingDate(doc, s, bySentence) ??
      entryDate(doc, s, bySentence);
    const aspect = ASPECT[doc.lang];
    const context = paragraph.text;
    const time = sentenceTime(s);
    const that = thatGatheringKind(doc.lang, s.text);
    // A date in the attributive position is its noun's alone ("после событий января 2022 года").
    const attributions = hits.map((h) => attributedDate(doc.lang, s, h, bySentence));
    const documentDates = hits.map((h) => documentDate(doc.lang, s, h, bySentence));
    // Votes and gatherings with a relative clause telling when they happen (relativeClause.ts).
    const clauses = new Map(
      hits
        .filter((h) => HAPPEN.has(h.trigger.type))
        .map((h) => [h, happeningClause(doc.lang, s, h, bySentence.get(s.index) ?? [])]),
    );
    const clauseList = [...clauses.values()];
    for (const hit of hits) {
      // That clause's verb ("…, которые пройдут 11 марта") tells the gathering, not a second event.
      if (
        hit.trigger.facet === 'happening' &&
        clauseList.some((c) => c !== undefined && hit.at >= c.open && hit.at < c.close)
      )
        continue;
      // "референдумның алдын ала қорытындысын жариялады", "объявил итоги референдума": the vote
      // is whose results were announced, not an event of that day.
      // A date in the attributive form before it is its own ("19 наурыздағы сайлаудың қорытындысы").
      const attributed = attributions[hits.indexOf(hit)];
      if (
        (possessor(doc.lang, s, hit, hits, bySentence) || hit.possessed) &&
        !attributed &&
        !clauses.get(hit)
      )
        continue;
      // What did not happen is no event: "к коалиции не присоединилась", "күшіне енген жоқ".
      if (aspect.negated.test(ownClause(doc.lang, s.text, hit.at))) continue;
      const modifier = GENITIVE.test(hit.text) && hits.length > 1;
      const args = fillArguments(doc, s, people, hit.trigger.type, modifier, hit.trigger.generic);
      const asVote =
        hit.trigger.type === 'election' &&
        /дауыс|голос/iu.test(hit.text) &&
        (referendumArticle || hits.some((h) => h.trigger.type === 'referendum'));
      // In an article about the National Kurultai, a bare "құрылтай" is that council, not a congress.
      const asKurultai =
        kurultaiArticle &&
        hit.trigger.type === 'congress' &&
        /құрылтай|курулта[йяюе]/iu.test(hit.text);
      // ("Он пройдет 6 ноября": the happening is of the gathering the pronoun stands for.)
      const cue = (hit.trigger.facet === 'happening' && itHappens) || hit.trigger;
      const facet = asVote ? 'referendum' : asKurultai ? 'kurultai' : cue.facet;
      // Voting in an article, or a sentence, about a referendum is the referendum, not an election.
      const type = asVote ? 'referendum' : asKurultai ? 'meeting' : cue.type;
      const eve = !attributed && isEveOrAfter(doc.lang, s, hit.at);
      // A relative clause that tells when a vote or a gathering happens dates it even where the
      // sentence names only its eve or a decision to hold it: "подготовка к встрече, которая
      // состоится осенью", "вынесут на слушания, которые пройдут 11 марта".
      const clauseDay = clauses.get(hit)?.date;
      const nearest =
        attributed ?? clauseDay ?? (eve ? undefined : pickTimex(s, hit.at, bySentence));
      if (isHabit(doc.lang, s, nearest)) continue;
      const deadline = isForeignDeadline(doc.lang, s, hit, nearest);
      // "көктемгі су тасқыны" (the spring floods): a season as an adjective, with no year, names a
      // kind of thing, not when this one happened.
      // A bare season with no year in the sentence ("съезі күзде өтеді") is not dated either, as the
      // annotators leave it: which autumn is not written.
      const generic =
        nearest !== undefined &&
        nearest.anchor !== 'absolute' &&
        /SP|SU|FA|WI/u.test(nearest.value) &&
        (isAttributiveDate(nearest) ||
          (!/\d{4}|биыл|былтыр|этого|прошл|следующ|будущ|текущ|нынешн/iu.test(nearest.text) &&
            yearBefore(withYear, s.start, nearest.start) === undefined));
      const attributive = aspect.attributive.test(
        hit.text.replace(/^.*\s/su, '') +
          s.text.slice(hit.at + hit.text.length, hit.at + hit.text.length + 40),
      );
      // (Told as what was said "today", a past act is not today's news: it happened before.)
      const saidOnDay = nearest !== undefined && dayOfSaying(doc.lang, s, hit, nearest);
      // (Told as a later or earlier step than the date: not that day, nor the article's news.)
      const stepped =
        nearest !== undefined &&
        nearest !== attributed &&
        stepBetween(doc.lang, s, hit.at, nearest);
      const picked =
        !nearest ||
        deadline ||
        generic ||
        acrossAttribute(doc.lang, s, hit, nearest, hits) ||
        inOtherRelativeClause(doc.lang, s, hit, nearest) ||
        // (The day a clause gives another gathering: "обсудили подготовку к заседанию, которое
        // состоится 12 июня" is no discussion of 12 June.)
        (nearest !== clauseDay && clauseList.some((c) => c?.date === nearest)) ||
        saidOnDay ||
        inWhatWasSaid(doc.lang, s, hit, nearest) ||
        stepped ||
        (nearest !== attributed &&
          (doc.lang === 'kk'
            ? attributeOfOther(s, hit, nearest) ||
              describesNounBefore(s, hit, nearest) ||
              inParticiplePhraseAfter(s, hit, nearest) ||
              describesArgumentBefore(s, hit, nearest)
            : // (Of a cue of another kind: "указом от 9 апреля" is the decree's whichever cue tells it,
              // and of what it does, though not of a vote or a gathering it calls.)
              attributions.some(
                (a, i) =>
                  a === nearest &&
                  hits[i]!.trigger.type !== type &&
                  (a !== documentDates[i] || CALLED.has(type)),
              ))) ||
        (attributive && nearest !== attributed && !inItsPhrase(doc.lang, s, hit, nearest))
          ? undefined
          : nearest;
      // "на следующий день" is the narrative's next day, not a day an act sets.
      // (A date right after a vote put to it is its day too: "вынесут на референдум 15 марта".)
      const target =
        picked !== undefined &&
        (picked === clauseDay ||
          (!isNextDay(picked, doc.lang) &&
            (aspect.targetCase.test(picked.text) ||
              aspect.targetBefore.test(s.text.slice(0, picked.start - s.start)) ||
              (hit.topic === true &&
                VOTES.has(type) &&
                picked.granularity === 'day' &&
                picked.start - s.start >= hit.at + hit.text.length &&
                /^\s*$/u.test(s.text.slice(hit.at + hit.text.length, picked.start - s.start))))));
      // The topic of a law or decree is an event when the act sets its day; the act itself was
      // signed some other day than the one it sets.
      if (hit.topic && (!target || hit.caused)) continue;
      // (Its date right after it is its own: "кандидата на выборы 20 ноября".)
      if (
        hit.candidacy &&
        !target &&
        nearest !== attributed &&
        (nearest === undefined ||
          !/^\s+$/u.test(s.text.slice(hit.at + hit.text.length, nearest.start - s.start)))
      )
        continue;
      // (A bill's reading is scheduled for the day it sets: "Второе чтение запланировано на 29 мая".)
      // "В том же Послании он предложил … провести референдум в 2027 году": a day later than that
      // gathering's is the proposed thing's, not the proposing's, which was done at the gathering.
      const thatDay = that && !VOTES.has(type) ? namedDays.get(that) : undefined;
      const own =
        (target && ACTS.has(hit.trigger.type) && hit.trigger.facet !== 'reading') ||
        (picked && thatDay && isLaterThan(picked.value, thatDay.edtf))
          ? undefined
          : picked;
      if (hit.trigger.needsDate && !own) continue;
      // ("Об этом сообщил вчера …": the day is of the news told before, not a statement's.)
      if (
        hit.trigger.clauseDate &&
        (!own ||
          !sameClause(doc.lang, s, hit, own) ||
          (aspect.aboutThis.test(s.text) && !saidAboutThis(aspect, hit.trigger.facet, s.text)))
      )
        continue;
      const input = {
        lang: doc.lang,
        sourceId: doc.sourceId,
        sentence: s,
        at: hit.at,
        trigger: hit.text,
        own: ownMonth(doc.lang, s, hit.at, own),
        ...(told && !own && !hit.topic && !aspect.recall.test(s.text) ? { told } : {}),
        yearBefore: own ? framingYear(doc.text, withYear, s.start, own, doc.lang) : undefined,
        previous,
        ...(previousYearless ? { previousYearless } : {}),
        lastAct,
        ...(continuing
          ? { continuesRecall: { ...(continuing.date && { date: continuing.date }) } }
          : {}),
        ...(inOpened ? { paragraphDay: opened!.date } : {}),
        ...(gathering && DONE_AT_GATHERINGS.has(type) && !own ? { gatheringDay: gathering } : {}),
        ...(thatDay && !own ? { thatGathering: thatDay } : {}),
        // A reference point ("после выборов", "Жолдауына екі жыл толды") is never the day's news.
        attributive: attributive || eve || saidOnDay || stepped,
        lead: isLead(s.paragraph),
        speech: /^[–—-]/u.test(paragraph.text),
        ...(newsDay && s.paragraph > newsDay.paragraph ? { newsDay: newsDay.date } : {}),
        vote: VOTES.has(type),
        oneDay: !LASTING.has(type) && !LASTING_FACETS.has(facet),
        state: STATES.has(type),
        dct,
      };
      const when = whenOf(input);
      time.add(when, own);
      if (GATHERINGS.has(type) && own && when.date && !when.date.method.startsWith('publication'))
        gathering = {
          // (Read from the paragraph's end only: one paragraph may be a whole 5 MB article.)
          paragraph: paragraph.text.trimEnd().endsWith('?') ? s.paragraph + 1 : s.paragraph,
          date: when.date,
          planned: when.status === 'planned',
        };
      // (Only a day the text gives the gathering: "Сегодня прошло заседание", "1 қыркүйектегі
      // Жолдауында".)
      const kind =
        own && when.date && when.date.precision !== 'interval' && gatheringKind(doc.lang, hit.text);
      if (kind) namedDays.set(kind, when.date!);
      if (!newsDay && own && isLead(s.paragraph) && isNewsDay(when.date, dct))
        newsDay = { date: when.date!, paragraph: s.paragraph };
      // An appointment made by a decree ("указ о назначении") dates "тем же указом" too.
      const byDecree = hits.some((h) => h.trigger.type === 'decree' && h.topic);
      if (when.date && (ACTS.has(type) || byDecree)) lastAct = when.date;
      const targs = titleArgs(type, s.text, context);
      if (type === 'election' && targs.electionKind === 'general' && articleKind)
        targs.electionKind = articleKind;
      const actors = possessorFirst(doc.lang, type, s, hit, args.actors);
      const base = {
        type,
        facet,
        places: args.places,
        organisations: args.organisations,
        actors,
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
        sentences: [
          { ...s, sourceId: doc.sourceId, ...(isLead(s.paragraph) ? { lead: true } : {}) },
        ],
        paragraphs: [s.paragraph],
        ...args,
        actors,
        themes: themesOf(
          type,
          ARTICLE_WIDE.has(type) ? [doc.text] : [s.text, context],
          args.organisations.map((o) => o.id),
        ),
        args: targs,
      });
      // "в 2012, 2016 и 2021 годах", "2011 және 2015 жылдары": an act told of a list of dates
      // happened on each; one more item for every other date of the list.
      for (const t of own ? listedWith(s, own, bySentence) : []) {
        const again = whenOf({
          ...input,
          own: t,
          yearBefore: framingYear(doc.text, withYear, s.start, t, doc.lang),
        });
        if (!again.date) continue;
        out.push({ ...out.at(-1)!, date: again.date, status: again.status });
      }
    }
    const dated = time.date;
    if (dated || time.yearless)
      [previous, previousYearless] = [dated, dated ? undefined : time.yearless];
    if (recall && dated) recall.date = dated;
    if (opened && !opened.date && dated && !dated.method.startsWith('publication'))
      opened.date = dated;
  }
  return out;
}

/**
 * "В марте … выступил с Посланием, а позже подписал закон": a step before or after ("позже",
 * "затем", "одан кейін") between a date and a later trigger tells another time than that date.
 */
function stepBetween(lang: SourceLang, s: Sentence, at: number, t: DocTimex): boolean {
  const from = t.end - s.start;
  return from <= at && ASPECT[lang].otherTime.test(s.text.slice(from, at));
}

/** The organisation named nearest before the trigger ("«AMANAT» партиясының … съезі"). */
function focusOrg(orgs: Organisation[], at: number): string | undefined {
  const before = orgs
    .filter((o) => o.evidence.end <= at)
    .sort((a, b) => b.evidence.end - a.evidence.end);
  return before[0]?.id;
}

/**
 * A report "about this" that is itself a statement of the day its clause gives (where the locale
 * says so: "Бұл туралы бүгін департамент хабарлады"); not an earlier telling ("бұл туралы 2019 жылы
 * да айтқан", "бұрын").
 */
const VOTES = new Set<EventType>(['election', 'referendum']);

/**
 * A bare year narrowed to the month an adjective of the noun names ("Январские события 2022 года":
 * January 2022), where the locale reads such adjectives (locales/ru/dates/ruMonthAdjective.ts).
 */
function ownMonth(
  lang: SourceLang,
  s: Sentence,
  at: number,
  own: DocTimex | undefined,
): DocTimex | undefined {
  if (lang !== 'ru' || !own || !/^\d{4}$/u.test(own.value)) return own;
  const month = ruMonthBeforeNoun(s.text, at);
  if (month === undefined) return own;
  return { ...own, value: `${own.value}-${String(month).padStart(2, '0')}`, granularity: 'month' };
}
/** What a document calls, on a day of its own: votes and gatherings. */
const CALLED = new Set<EventType>(['election', 'referendum', 'congress', 'session', 'meeting']);

/** Whether a timex value ("2027", "2026-03") lies after an EDTF day or month, at their common precision. */
function isLaterThan(value: string, edtf: string): boolean {
  if (!/^\d{4}/u.test(value) || !/^\d{4}/u.test(edtf)) return false;
  const n = Math.min(value.length, edtf.length, 10);
  return value.slice(0, n) > edtf.slice(0, n);
}

function saidAboutThis(aspect: (typeof ASPECT)[SourceLang], facet: string, text: string): boolean {
  return (
    !!aspect.saidAboutThis && facet === 'said' && !ALSO.test(text) && !aspect.recall.test(text)
  );
}
