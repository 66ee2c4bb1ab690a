/**
 * Stage 7 — events: every sentence that carries a trigger becomes a candidate with its arguments.
 * Which date expression is the event's own comes from events/ownDate.ts, what the story before
 * it tells from events/story.ts, and its date and status from events/when.ts (the dating
 * principle); candidates of one article are then merged (see mergeInArticle).
 */
import {
  courtCompany,
  isCourtCue,
  isGenericCue,
  politicalCompany,
} from '../events/politicalCompany';
import { happeningClause } from '../events/relativeClause';
import { lastNamed, pronounFor } from '../events/itHappens';
import { VOTES, VOTES_AND_GATHERINGS } from '../events/kinds';
import type { Candidate } from '../events/candidate';
import { framingYear } from '../events/framingYear';
import { focusOrg } from '../events/focusOrg';
import { subjectOf, themesOf } from '../events/describe';
import { eventTitleArgs } from '../events/eventTitleArgs';
import { fillArguments } from '../events/fillArguments';
import { sentenceHits } from '../events/laterClauses';
import {
  attributedDate,
  documentDate,
  GENITIVE,
  possessor,
  withOwnDates,
} from '../events/dateOwnership';
import { entryDate, headingDate, onPagesDay, toldAbout } from '../events/toldDates';
import { createPeopleIndex } from '../events/peopleIndex';
import { ASPECT } from '../events/aspect';
import { ownMonth } from '../events/ownMonth';
import { nthDayOf, thatGatheringKind, thatGatheringReach } from '../events/thatGathering';
import { afterPast } from '../events/afterPast';
import { boundedWhen, boundsOf } from '../events/dateBounds';
import { whenOf } from '../events/when';
import { ownClause } from '../events/tense';
import { listedWith } from '../events/dateList';
import { leadParagraphs } from '../events/lead';
import { sentenceTime } from '../events/sentenceTime';
import { hitKind } from '../events/hitKind';
import { articleFacts } from '../events/articleFacts';
import { ownDate, type SentenceReading } from '../events/ownDate';
import {
  enterSentence,
  justBeforeOf,
  leaveSentence,
  newStory,
  noteEvent,
  sceneTime,
} from '../events/story';
import type { Doc } from '../types';
import type { DocTimex } from './dates';
import type { DocumentDate } from './documentDate';
import { placesOfAct } from '../events/treatyPlace';

/** Coalitions and headquarters take their theme from what the whole article is about. */
const ARTICLE_WIDE = new Set(['coalition', 'headquarters']);
/** Kinds that last: a discussion, a campaign, a coalition's work. Every other kind takes one day. */
const LASTING = new Set(['coalition', 'headquarters', 'reform', 'membership', 'other']);
const LASTING_FACETS = new Set(['discussion', 'gathering']);
/** States that hold over time: a range in their sentence is how long they held. */
const STATES = new Set(['coalition', 'headquarters', 'reform', 'membership']);
/** What is done at a gathering, on its day. */
const DONE_AT_GATHERINGS = new Set(['other', 'statement', 'proposal']);

export function detectEvents(
  doc: Doc,
  timexes: DocTimex[],
  dct: DocumentDate | undefined,
): Candidate[] {
  const people = createPeopleIndex(doc);
  // The headline and the lead paragraph: where an article tells its own news.
  const isLead = leadParagraphs(doc);
  const facts = articleFacts(doc, timexes);
  const { bySentence, withYear } = facts;
  const aspect = ASPECT[doc.lang];
  const story = newStory();
  const out: Candidate[] = [];
  const company = politicalCompany(doc);
  const courts = courtCompany(doc);
  for (const s of doc.sentences) {
    const inherited = enterSentence(story, doc, s, bySentence);
    // (The two sentences before: "Когда приняли кодекс? / Глава государства подписал документ … /
    // Мажилис одобрил его в конце июня" names the law two sentences back.)
    const lastTwo = doc.sentences.slice(Math.max(0, s.index - 2), s.index);
    const found = sentenceHits(doc.lang, s, bySentence.get(s.index) ?? [], lastTwo);
    const hits = withOwnDates(doc.lang, s, found, bySentence);

    // "…подготовку к саммиту ОТГ. Он пройдет 6 ноября": the gathering the sentence before named
    // last is what the pronoun's happening tells.
    const itHappens = pronounFor(doc.lang, s, story.named);
    story.named = lastNamed(doc.lang, s, found);
    if (hits.length === 0) {
      sceneTime(story, s, bySentence.get(s.index) ?? []);
      continue;
    }
    const paragraph = doc.paragraphs[s.paragraph]!;
    const told =
      toldAbout(doc, s, bySentence) ??
      onPagesDay(doc, headingDate(doc, s, bySentence) ?? entryDate(doc, s, bySentence), bySentence);
    const time = sentenceTime(s, dct);
    const reading: SentenceReading = {
      lang: doc.lang,
      s,
      hits,
      bySentence,
      withYear,
      storyDayWords: facts.storyDayWords.get(s.index) ?? [],
      // A date in the attributive position is its noun's alone ("после событий января 2022 года").
      attributions: hits.map((h) => attributedDate(doc.lang, s, h, bySentence)),
      documentDates: hits.map((h) => documentDate(doc.lang, s, h, bySentence)),
      clauses: new Map(
        hits
          .filter((h) => VOTES_AND_GATHERINGS.has(h.trigger.type))
          .map((h) => [h, happeningClause(doc.lang, s, h, bySentence.get(s.index) ?? [])]),
      ),
      that: thatGatheringKind(doc.lang, s.text),
      thatReach: thatGatheringReach(doc.lang, s.text),
      nth: nthDayOf(doc.lang, s.text),
      namedDays: story.namedDays,
    };
    const clauseList = [...reading.clauses.values()];
    let political: boolean | undefined;
    let court: boolean | undefined;
    // (Voting in an article, or a sentence, about a referendum is the referendum: hitKind.ts.)
    const referendum = facts.referendumArticle || hits.some((h) => h.trigger.type === 'referendum');
    for (const hit of hits) {
      // (A generic cue about a road or a championship is no political event: politicalCompany.ts.)
      if (isGenericCue(hit.trigger) && !(political ??= company.of(s, lastTwo))) continue;
      if (isCourtCue(hit.trigger) && !(court ??= courts.of(s, lastTwo.at(-1)))) continue;
      // That clause's verb ("…, которые пройдут 11 марта") tells the gathering, not a second event.
      if (
        hit.trigger.facet === 'happening' &&
        clauseList.some((c) => c !== undefined && hit.at >= c.open && hit.at < c.close)
      )
        continue;
      // "референдумның алдын ала қорытындысын жариялады", "объявил итоги референдума": the vote
      // is whose results were announced, not an event of that day.
      // A date in the attributive form before it is its own ("19 наурыздағы сайлаудың қорытындысы").
      if (
        (possessor(doc.lang, s, hit, hits, bySentence) || hit.possessed) &&
        !reading.attributions[hits.indexOf(hit)] &&
        !reading.clauses.get(hit)
      )
        continue;
      // What did not happen is no event: "к коалиции не присоединилась", "күшіне енген жоқ".
      const clause = ownClause(doc.lang, s.text, hit.at);
      if (
        aspect.negated.test(clause) &&
        !(hit.trigger.type === 'law' && aspect.returned?.test(s.text))
      )
        continue;
      const args = fillArguments(doc, s, people, hit, GENITIVE.test(hit.text) && hits.length > 1);
      // ("Он пройдет 6 ноября": the happening is of the gathering the pronoun stands for.)
      const cue = (hit.trigger.facet === 'happening' && itHappens) || hit.trigger;
      const { type, facet, regionMade } = hitKind({
        lang: doc.lang,
        sentence: s.text,
        hit,
        cue,
        referendum,
        article: facts,
        organisations: args.organisations,
      });
      const owned = ownDate(reading, hit, type);
      if (!owned) continue;
      const { own, thatDay } = owned;
      const { continuing, paragraphDay } = inherited;
      const monthOwn = ownMonth(doc.lang, s, hit.at, own);
      const input = {
        lang: doc.lang,
        sourceId: doc.sourceId,
        sentence: s,
        at: hit.at,
        trigger: hit.text,
        own: monthOwn,
        ...(told && !own && !hit.topic && !aspect.recall.test(s.text) ? { told } : {}),
        yearBefore: own ? framingYear(doc.text, withYear, s.start, own, doc.lang) : undefined,
        previous: story.previous,
        previousDone: story.previousDone,
        ...(story.previous && story.previousParagraph === s.paragraph
          ? { storyDay: story.previous }
          : {}),
        ...justBeforeOf(story, doc, s, (bySentence.get(s.index) ?? []).length),
        ...(story.paragraphPast?.paragraph === s.paragraph && story.paragraphPast.past
          ? { background: story.paragraphPast.last }
          : {}),
        ...(story.previousYearless ? { previousYearless: story.previousYearless } : {}),
        lastAct: story.lastAct,
        ...(continuing
          ? { continuesRecall: { ...(continuing.date && { date: continuing.date }) } }
          : {}),
        ...(paragraphDay ? { paragraphDay } : {}),
        // (Not past the noun a participle gives that gathering to: "Сол отырыста айтылған
        // ұсыныстардың орындалғанын басшысы мәлімдеді" says the statement was made elsewhere.)
        ...(story.gathering &&
        DONE_AT_GATHERINGS.has(type) &&
        !own &&
        !(reading.thatReach !== undefined && hit.at >= reading.thatReach)
          ? { gatheringDay: story.gathering }
          : {}),
        // (An Address with no day of its own is given at the joint session the article dated.)
        ...(type === 'address' && story.addressVenue && !own
          ? { gatheringDay: story.addressVenue }
          : {}),
        ...(thatDay && !own ? { thatGathering: thatDay } : {}),
        ...(!thatDay && !own && reading.that && story.recalledKinds.has(reading.that)
          ? { thatRecalled: true as const }
          : {}),
        // A reference point ("после выборов", "Жолдауына екі жыл толды") is never the day's news.
        attributive: owned.reference,
        // (Not the news the lead opens with: "После референдума парламент принял закон".)
        afterPast:
          !(isLead(s.paragraph) && s.start === paragraph.start) &&
          afterPast(doc.lang, s, hit.at + hit.text.length - 1, bySentence.get(s.index) ?? [], dct),
        lead: isLead(s.paragraph),
        speech: /^[–—-]/u.test(paragraph.text),
        ...(story.newsDay && s.start > story.newsDay.start ? { newsDay: story.newsDay.date } : {}),
        vote: VOTES.has(type) && !hit.trigger.outcome,
        ...(hit.candidacy && VOTES.has(type) ? { candidacy: true } : {}),
        oneDay: !LASTING.has(type) && !LASTING_FACETS.has(facet),
        state: STATES.has(type),
        dct,
      };
      const when = boundedWhen(whenOf(input), own, doc.lang, s, hit, bySentence.get(s.index) ?? []);
      time.add(when, own);
      noteEvent(story, {
        lang: doc.lang,
        s,
        // (Read from the paragraph's end only: one paragraph may be a whole 5 MB article.)
        asks: paragraph.text.trimEnd().endsWith('?'),
        type,
        trigger: hit.text,
        own: own !== undefined,
        ...(when.date ? { date: when.date } : {}),
        planned: when.status === 'planned',
        lead: isLead(s.paragraph),
        byDecree: hits.some((h) => h.trigger.type === 'decree' && h.topic),
        dct,
      });
      const { targs, actors } = eventTitleArgs({
        lang: doc.lang, s, hit, type, facet, regionMade, own, monthOwn, context: paragraph.text, args, before: doc.sentences.slice(Math.max(0, s.index - 4), s.index),
        articleKind: facts.articleKind, articleAkimLevel: facts.articleAkimLevel,
      }); // prettier-ignore
      const places = placesOfAct(doc.lang, s, hit, own, args.places);
      const base = {
        type,
        facet,
        places,
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
        ...boundsOf(when),
        // (Or goes on with the recall the sentence before opened: "Еске салайық, 5 қаңтарда … Сол
        // күні … белгіленген еді".)
        ...(aspect.recall.test(s.text) || continuing ? { recalled: true } : {}),
        ...(aspect.restates?.test(s.text.slice(0, hit.at)) ? { restates: true } : {}),
        sentences: [
          { ...s, sourceId: doc.sourceId, ...(isLead(s.paragraph) ? { lead: true } : {}) },
        ],
        paragraphs: [s.paragraph],
        ...args,
        places,
        actors,
        themes: themesOf(
          type,
          ARTICLE_WIDE.has(type) ? [doc.text] : [s.text, paragraph.text],
          args.organisations.map((o) => o.id),
        ),
        args: targs,
      });
      // "в 2012, 2016 и 2021 годах", "2011 және 2015 жылдары": an act told of a list of dates
      // happened on each; one more item for every other date of the list.
      for (const t of own ? listedWith(s, own, bySentence, hit.text) : []) {
        const again = whenOf({
          ...input,
          own: t,
          yearBefore: framingYear(doc.text, withYear, s.start, t, doc.lang),
        });
        if (!again.date) continue;
        out.push({ ...out.at(-1)!, date: again.date, status: again.status });
      }
    }
    leaveSentence(story, s, time);
  }
  return out;
}
