/**
 * When an event happened, by principle — the one place that decides an event's date and status.
 *
 * 1. The event's own date expression wins (the calendar date in its sentence nearest to the
 *    trigger). A year-less date took its year from the publication date in the direction the
 *    grammar gives (the tagger reads it: past forms → the latest such day not after publication,
 *    future forms → the next one); the date says which (`direction`). When the publication date is
 *    an interval whose ends give different years, the event is not placed: a one-day event is never
 *    drawn across a publication interval.
 * 2. A year stated earlier in the same sentence fixes a year-less date ("В 2022 году … 5 июня");
 *    with no publication date, the tagger takes one stated elsewhere in the article (a full date
 *    with that day, else the nearest before: "Сайлау-2022: … 20 қарашада"); either way the date says
 *    so (`method: context`, certainty inferred); otherwise the date stays year-less (XXXX-MM-DD) and the
 *    event goes to "not yet placed", keeping its month and day.
 *    A sentence that reports "about this" with a date ("Ол бұл туралы 19 наурызда айтты", "Об этом
 *    он заявил 19 марта") dates the event told just before it that has no date of its own.
 * 3. A sentence that goes on with the recall the sentence before it opened ("Напомним, 5 февраля
 *    …. Исполняющим обязанности назначен …") is that recall too: on the day it gave, else not placed
 *    (not one timed by an event the recall did not tell, "после выступления": recallStory.ts).
 *    A sentence that says it happened "at that same time" (тогда же, сол күні) or a few hours
 *    later (после обеда, түстен кейін) shares the time of the sentence just before it (its last
 *    date outside a quotation; year-less when that one is; for an act told as done, when that
 *    time lies ahead, the last day told as done: "объявил, что референдум пройдет 6 октября. В тот
 *    же день подписал указ" is of the saying's day), and a day it sets ahead ("сайлауы 19
 *    наурызға белгіленді") is counted from that time; one done "by decree" (указом, тем
 *    же указом, Жарлығымен) the date of the last decree or law the article dated (`method: context`).
 * 4. Only the article's own news — what it says happens today, its headline and lead, what it
 *    narrates in the simple past — takes the publication date; a vote never does (it has a day of
 *    its own). When the lead gives the news a day of the week before publication ("кеше … сессиясы
 *    өтті", "Вчера … прошла сессия"), the report's later undated acts take that day instead (not
 *    where the lead tells its own act today: "бүгін кеше өткен сайлаудың қорытындысын жариялады"). An
 *    event the article merely recalls with no date of its own (a Kazakh past perfect among them,
 *    "заңды қабылдаған болатын") is not placed ("recalled-no-date");
 *    merging may still join it to the same event dated by another source. So is an undated act
 *    narrated in a paragraph whose every dated sentence lies long before publication ("… после
 *    референдума 5 июня 2022 года. Затем был принят закон": newsStory.ts); and one that opens by
 *    pointing back at whom the sentence before told ("Олармен аудан әкімі кездесті", "С ними
 *    встретился аким") takes that sentence's day, when it is one just before publication; so
 *    does a past act whose subject is a pronoun opening the sentence, with no date of its own
 *    ("… 16 наурызда Жолдау жариялады. Ол саяси реформаларды ұсынды"), when the sentence before
 *    narrates in the past at a time before publication (newsStory.ts pronounGoesOn).
 *    A saying a quotation's speech tag tells with no date of its own ("«…», – сказал депутат
 *    Искаков", "«…», – деді Мемлекет басшысы") is part of the news it stands in: the day of the
 *    gathering or the paragraph it is told at, the lead's news day, else the publication day; not
 *    when recalled, told in an interview, or giving the words of a saying told just before it
 *    (events/quoteTag.ts).
 * 5. Status as of publication: after the publication date → planned; before it → done; on the day
 *    or with no publication date, the verb's aspect decides (locales/<lang>/events/aspect.ts).
 */
import type { EventDate, UnplacedReason } from '../../../src/model/schema';
import { chooseYear } from '../dates/chooseYear';
import { NAMED_DATE } from '../dates/namedDate';
import { parseDct } from '../dates/utcCalendar';
import { RELATIVE_YEAR } from '../dates/yearlessDate';
import type { DocumentDate } from '../stages/documentDate';
import { ASPECT } from './aspect';
import type { When, WhenInput } from './whenInput';
import { goesOnAt, inBackground, pronounGoesOn } from './newsStory';
import { candidacyTense, endsInOwnPast, ownClause, statusOf, tenseOf } from './tense';
import { quoteTagWhen, saidInQuoteTag } from './quoteTag';
import { spokenOf } from './spokenOf';
import { yearNamed } from './yearNamed';
import {
  dateFromPublication,
  earliestDay,
  isAfterPublication,
  precisionOf,
  toEdtf,
} from './dateEvent';

export function whenOf(x: WhenInput): When {
  const tense = x.candidacy ? candidacyTense(x) : tenseOf(x);
  const placed = (date: EventDate): When => ({ date, status: statusOf(date, tense, x.dct) });
  const unplaced = (undatedReason: UnplacedReason, timex?: string): When => ({
    status: tense === 'future' ? 'planned' : 'reported',
    undatedReason,
    ...(timex ? { timex } : {}),
  });
  // "Сол Жолдауда ол … ұсынды": done at the gathering named before, on its day.
  if (!x.own && x.thatGathering)
    return placed({ ...x.thatGathering, method: 'context', certainty: 'inferred' });
  // (At one recalled with no day: done before the story's time, on a day not given.)
  if (!x.own && x.thatRecalled) return unplaced('recalled-no-date');
  // "2019 год / … На следующий день … принес присягу. Тогда же было предложено …": "at that same
  // time" is the day the sentence before told, finer than the heading's year it lies in, or
  // another day of that year (a "this day" page's heading stands for one day: toldDates.ts).
  // (A dateline's day is when the news is told, not when what it tells as ahead happens: "Астана.
  // 12 наурыз. Мәжіліс сайлауына 8 партия қатысады" is no vote on 12 March.)
  const told =
    x.told &&
    !(x.told.dateline && tense === 'future') &&
    !(
      x.previous &&
      x.previous.edtf !== x.told.timex.value &&
      x.previous.edtf.startsWith(x.told.timex.value.slice(0, 4)) &&
      ASPECT[x.lang].sameTime.test(x.sentence.text)
    )
      ? x.told
      : undefined;
  const t = x.own ?? told?.timex;
  if (t) {
    const via = x.own ? x.sentence : told!.sentence;
    const evidence = {
      sourceId: x.sourceId,
      sentence: { start: via.start, end: via.end, text: via.text },
      expression: { start: t.start, end: t.end, text: t.text },
    };
    // An act over a range ("с 5 по 19 января действовал режим ЧП") is dated by the day it was
    // taken, and a gathering, a protest or a nomination period over several days ("16-17 июня
    // саммит", "3–4 января акции протеста", "ұсыну 13 маусымнан 27 маусымға дейін") by the day it
    // opened, as the annotators of both evaluation sets date them; only a lasting state (a
    // coalition, a headquarters, a reform, a membership) keeps the interval. The range itself
    // stays in the evidence's expression.
    const range = t.endValue && !/X/u.test(t.endValue) && x.state ? `/${toEdtf(t.endValue)}` : '';
    const dated = (
      value: string,
      certainty: EventDate['certainty'],
      method: EventDate['method'],
      direction?: EventDate['direction'],
    ): When =>
      placed({
        edtf: toEdtf(value) + range,
        precision: range ? 'interval' : precisionOf(value),
        // A date told "about this" in the next sentence is the event's by context.
        certainty: x.own ? certainty : 'inferred',
        method: x.own ? method : 'context',
        ...(direction ? { direction } : {}),
        timex: t.value,
        evidence,
      });
    if (t.anchor === 'absolute') return dated(t.value, 'stated', 'explicit');
    // The tagger took the year from elsewhere in the article (no publication date): say so.
    // (A day counted from a year-less one, "келесі күні" after "5 қаңтарда", stays year-less.)
    if (t.anchor === 'context' && !/X/u.test(t.value)) return dated(t.value, 'inferred', 'context');
    // A year stated earlier in the same sentence beats the publication year ("В 2022 году
    // референдум прошёл 5 июня" in an article of 2023).
    // Only a named month or season takes that year: "сегодня" is a whole date of its own, whatever
    // year the sentence names ("… в следующем году», — заявил сегодня Президент").
    if (
      /X/u.test(t.value) ||
      (x.yearBefore &&
        NAMED_DATE.test(t.text) &&
        // (Not one that says its own year: "в марте прошлого года", "былтыр наурызда".)
        !RELATIVE_YEAR.test(t.text) &&
        // (An anniversary, "2019 жылы осы күні", says its own year: dates/anniversary.ts.)
        !t.anniversary &&
        /^\d{4}-(?:\d{2}|SP|SU|FA|WI)/u.test(t.value))
    ) {
      const year = x.yearBefore?.value.slice(0, 4);
      if (year && /^\d{4}$/u.test(year) && /^(?:XXXX|\d{4})-/u.test(t.value)) {
        return dated(year + t.value.slice(4), 'inferred', 'context');
      }
      return unplaced('year-unknown', t.value);
    }
    // (An anniversary's day is the publication's, counted from it, not named by the text.)
    const named = NAMED_DATE.test(t.text) && !t.anniversary;
    if (!t.agrees) {
      // The publication interval's ends disagree on the year: never draw it across the interval.
      if (named || !bounded(x.dct)) return unplaced('year-unknown', `XXXX${t.value.slice(4)}`);
      // "Today" in an article known only to lie in an interval: the article's news, in that interval.
      return placed({ ...dateFromPublication(x.dct), timex: t.value, evidence });
    }
    // "Сол күні … сайлауы 19 наурызға белгіленді": a sentence that goes on at the story's day sets
    // a year-less date ahead of that day, not of the publication. (A past verb is past as of the
    // publication only: "Тогда же … город получил 23 марта" may come after the story's day.)
    const storyDay =
      named &&
      t.direction === 'future' &&
      x.previous &&
      ASPECT[x.lang].sameTime.test(x.sentence.text)
        ? earliestDay(x.previous.edtf)
        : undefined;
    const md = /^\d{4}-(\d{2})(?:-(\d{2}))?$/u.exec(t.value);
    const parts = md && { month: Number(md[1]), ...(md[2] ? { day: Number(md[2]) } : {}) };
    // A vote candidates are put up for is ahead of the putting up, whatever the tense of the verb
    // the tagger read its year from ("выдвинула кандидатов на выборы в Мажилис 19 марта").
    if (x.candidacy && tense === 'future' && named && t.direction === 'past' && parts && x.dct) {
      const year = chooseYear(parts, parseDct(x.dct.to ?? x.dct.from), 'future');
      return dated(`${year}${t.value.slice(4)}`, 'resolved', 'year-from-publication', 'future');
    }
    if (storyDay && parts) {
      const year = chooseYear(parts, parseDct(storyDay), t.direction);
      return dated(`${year}${t.value.slice(4)}`, 'inferred', 'context', t.direction);
    }
    const method = named ? 'year-from-publication' : 'relative-to-publication';
    return dated(t.value, 'resolved', method, named ? t.direction : undefined);
  }
  const quoted = saidInQuoteTag(x.lang, x.sentence.text, x.at, x.trigger)
    ? quoteTagWhen(x)
    : undefined;
  if (quoted) return quoted;
  const aspect = ASPECT[x.lang];
  if (x.lastAct && aspect.byAct.test(x.sentence.text) && !aspect.recall.test(x.sentence.text)) {
    return placed({ ...x.lastAct, method: 'context', certainty: 'inferred' });
  }
  // (A done act "at that same time" as a day told as ahead is of the last day told as done.)
  // (Not at the gathering told just before: "Онда … қол қою жоспарланған" is on its day.)
  const done = tense === 'past' && !aspect.atIt?.test(x.sentence.text);
  const sameTime = done && isAfterPublication(x.previous, x.dct) ? x.previousDone : x.previous;
  const then = done && aspect.thenDone?.test(x.sentence.text) === true;
  if (sameTime && (aspect.sameTime.test(x.sentence.text) || then)) {
    return placed({ ...sameTime, method: 'context', certainty: 'inferred' });
  }
  // "… Жолдау жариялады. Ол саяси реформаларды ұсынды": a past act of the pronoun that opens the
  // sentence goes on at the time the sentence right before told (newsStory.ts).
  const goesOn = done ? pronounGoesOn(x.lang, x.sentence, x.at, x.justBefore, x.dct) : undefined;
  if (goesOn) return placed({ ...goesOn, method: 'context', certainty: 'inferred' });
  if (x.previousYearless && aspect.sameTime.test(x.sentence.text))
    return unplaced('year-unknown', x.previousYearless);
  // (Told as ahead or as done the way the gathering is: "стороны подпишут" at a coming visit.)
  if (
    x.gatheringDay &&
    !x.attributive &&
    x.gatheringDay.planned === (tense === 'future') &&
    !aspect.recall.test(x.sentence.text) &&
    !aspect.otherTime.test(x.sentence.text)
  )
    return placed({ ...x.gatheringDay.date, method: 'context', certainty: 'inferred' });
  if (tense === 'future') return unplaced('planned-no-date');
  // (Or the act of a clause of what came before: "…, после того как Назарбаев сложил полномочия".)
  if (x.attributive || aspect.priorClause?.(x.sentence.text, x.at))
    return unplaced('recalled-no-date');
  if (x.continuesRecall) {
    // (At another time than the recall's day, "Кейін …", "Затем …": in the recall, on no day.)
    const day = !aspect.otherTime.test(x.sentence.text) ? x.continuesRecall.date : undefined;
    return day
      ? placed({ ...day, method: 'context', certainty: 'inferred' })
      : unplaced('recalled-no-date');
  }
  // (Not one told as later or earlier than that day, "Кейін …", "Затем …": another time.)
  if (
    x.paragraphDay &&
    !aspect.recall.test(x.sentence.text) &&
    !aspect.otherTime.test(x.sentence.text)
  ) {
    return placed({ ...x.paragraphDay, method: 'context', certainty: 'inferred' });
  }
  // A vote happens on a day of its own: without that day it is never dated by the article.
  if (x.vote) return unplaced('vote-no-date');
  // (Told as after an event long past, "После январских событий президент объявил о реформе":
  // history, some time after that event, not the publication day: afterPast.ts.)
  if (x.afterPast && !aspect.today.test(x.sentence.text)) return unplaced('recalled-no-date');
  // The news: what happens "today", the headline and lead, and what the article narrates in the
  // simple past ("ұсынысын жариялады", "подписал указ"); a perfect or participle ("өткен",
  // "жариялаған") or a recall cue ("еске салайық", "напомним") tells background.
  const s = x.sentence.text;
  // (Where the verb comes before its object, "провел телефонный разговор", the trigger's clause
  // is read from its start.)
  const from = aspect.verbFinal ? x.at : s.lastIndexOf(',', x.at) + 1;
  // A verb of saying only sources the fact it tells, unless it is the trigger itself (where the
  // locale says so) or the sentence's final simple past.
  const narrated =
    aspect.narration.test(s.slice(from).replace(aspect.speech, ' ')) ||
    (aspect.saidNarrates === true && aspect.narration.test(x.trigger)) ||
    endsInOwnPast(x);
  // (A year's naming in a simple past outside the lead, "Следующий год Токаев объявил Годом …",
  // is a name known from before, not the day's news; a perfect, "объявлен", "жариялап отыр", is
  // news, narrated or not: yearNamed.ts.)
  const naming = x.lead ? undefined : yearNamed(x.lang, s, x.at, x.trigger.length);
  // (A question is asked, not told: "Когда приняли кодекс?" reports no act of the day.)
  const news =
    (aspect.today.test(s) || x.lead || ((naming ? naming.news : narrated) && !x.speech)) &&
    !aspect.recall.test(s) &&
    !s.trimEnd().endsWith('?') &&
    !spokenOf(x.lang, s, x.at, x.trigger);
  if (!news) return unplaced('recalled-no-date');
  // (A past perfect ending the trigger's clause, "Мәжіліс бұл заңды қабылдаған болатын": what had
  // been done before, recalled.)
  if (!aspect.today.test(s) && aspect.pastPerfect?.test(ownClause(x.lang, s, x.at) + '.'))
    return unplaced('recalled-no-date');
  // (Narrated, but in a paragraph that tells only a time long past: background, newsStory.ts.)
  if (!x.lead && !aspect.today.test(s) && inBackground(x.lang, x.sentence, x.background))
    return unplaced('recalled-no-date');
  // (Pointing back at whom the sentence before told, on one of the news days: that day.)
  const storyDay = !x.lead && goesOnAt(x.lang, x.sentence, x.storyDay, x.dct);
  if (storyDay) return placed({ ...storyDay, method: 'context', certainty: 'inferred' });
  // A publication date known only as "after 5 June 2022" dates nothing, and a one-day event is
  // not drawn across the weeks in which an article may have appeared.
  if (!x.dct) return unplaced('no-date');
  if (!bounded(x.dct) || (x.oneDay && x.dct.precision === 'interval'))
    return unplaced('publication-period');
  if (x.newsDay) return placed({ ...x.newsDay, method: 'context', certainty: 'inferred' });
  return placed(dateFromPublication(x.dct));
}

function bounded(dct: DocumentDate | undefined): dct is DocumentDate {
  return dct !== undefined && dct.to !== undefined;
}
