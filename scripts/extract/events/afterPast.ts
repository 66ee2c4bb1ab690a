/**
 * Whether an act is told as coming after (or during) an event long past: "После референдума 5 июня
 * 2022 года парламент принял закон", "После январских событий президент объявил о реформе",
 * "2022 жылғы 5 маусымдағы референдумнан кейін Парламент заң қабылдады". Such an act, with no day
 * of its own, is history the article recalls: it happened some time after that event, not on the
 * publication day (events/when.ts leaves it unplaced rather than invent that day). An event of
 * the news days ("После выступления спикер заявил", "вчерашнего заседания") leaves the act the
 * news. The event's date is its own, not the act's (events/ownDate.ts), nor the day a paragraph
 * opens on (events/sentenceTime.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { edtfRange } from '../../../src/model/queries/edtfRange';
import { parseDct, toDayNumber } from '../dates/utcCalendar';
import type { DocTimex } from '../stages/dates';
import type { DocumentDate } from '../stages/documentDate';
import type { Sentence } from '../types';
import { KK_AFTER_EVENT } from '../locales/kk/events/afterEvent';
import { RU_AFTER_EVENT } from '../locales/ru/events/afterEvent';
import type { AfterEventGrammar, EventPhrase } from './afterEventGrammar';
import { REPORT_DAYS } from './newsDay';

const GRAMMAR: Record<SourceLang, AfterEventGrammar> = { kk: KK_AFTER_EVENT, ru: RU_AFTER_EVENT };

/** Whether the act at `at` is told after an event that lies long before publication. */
export function afterPast(
  lang: SourceLang,
  s: Sentence,
  at: number,
  timexes: readonly DocTimex[],
  dct: DocumentDate | undefined,
): boolean {
  if (!dct) return false;
  const published = toDayNumber(parseDct(dct.from));
  const longPast = (lastDay: number) => published - lastDay > REPORT_DAYS;
  return GRAMMAR[lang].phrases(s.text, at).some((p) => {
    if (p.month !== undefined && longPast(lastDayOfLatest(p.month, dct.from))) return true;
    const t = eventDate(lang, s, p, timexes);
    const range = t && edtfRange(t.value);
    return (
      !!range && Number.isFinite(range[1]) && longPast(Math.floor((range[1] - 1) / 86_400_000))
    );
  });
}

/**
 * Whether the trigger at `at` names the event the sentence tells its act came later than ("Они
 * стали первыми после отставки Назарбаева", "отставкасынан кейін"): a point of reference, so before
 * the time the sentence tells.
 */
export function namedAsBefore(lang: SourceLang, s: Sentence, at: number): boolean {
  return GRAMMAR[lang].phrases(s.text, -1).some((p) => p.later && at >= p.from && at < p.to);
}

/**
 * Whether the date `t` dates an event the sentence tells the act at `at` came later than ("2022 жылғы 5
 * маусымдағы референдумнан кейін …", "После референдума 5 июня 2022 года …"): that event's day,
 * not the act's, nor the time the sentence (or its paragraph) opens on (`at` -1). `at` is the
 * trigger's last letter: a cue that runs into the phrase ("прошла в мажилис по итогам выборов") is
 * that event's own.
 */
export function inAfterPhrase(
  lang: SourceLang,
  s: Sentence,
  t: DocTimex,
  timexes: readonly DocTimex[],
  at = -1,
): boolean {
  const grammar = GRAMMAR[lang];
  return grammar.phrases(s.text, at).some(
    (p) =>
      p.later &&
      eventDate(lang, s, p, timexes) === t &&
      // (An act told in a clause at that event has its day: "…, когда лидеры подписали".)
      !(at >= p.to && grammar.atThatEvent?.test(s.text.slice(p.to, at))),
  );
}

/**
 * The date of the event a phrase names, if any: the phrase's (first) date with a word of the
 * event's besides it. A phrase that holds only a date ("После 5 июня", "2022 жылдан кейін") names
 * no event: its date is the act's. (A relative clause after it, "…, когда лидеры подписали
 * декларацию", is at that event: the phrase stops before it, so the clause's act keeps its date.)
 */
function eventDate(
  lang: SourceLang,
  s: Sentence,
  p: EventPhrase,
  timexes: readonly DocTimex[],
): DocTimex | undefined {
  const inside = timexes.filter((t) => t.start - s.start >= p.from && t.end - s.start <= p.to);
  const t = p.firstDateOnly ? inside.sort((a, b) => a.start - b.start)[0] : inside.at(-1);
  if (!t || !GRAMMAR[lang].ofEvent(t.text)) return undefined;
  const [from, to] = [t.start - s.start, t.end - s.start];
  const rest = s.text.slice(p.from, from) + ' ' + s.text.slice(to, p.to);
  return EVENT_WORD.test(rest.replace(GRAMMAR[lang].markerWords, ' ')) ? t : undefined;
}

/** A word of four letters or more: what names the event beside its date. */
const EVENT_WORD = /[\p{L}]{4,}/u;

/** The last day of the latest month `month` that began by the publication day. */
function lastDayOfLatest(month: number, published: string): number {
  const { year, month: now } = parseDct(published);
  const y = month <= now ? year : year - 1;
  return Date.UTC(y, month, 0) / 86_400_000;
}
