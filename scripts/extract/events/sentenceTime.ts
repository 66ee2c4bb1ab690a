/**
 * The time a sentence tells, for the sentences after it that go on at that time ("Тогда же",
 * "После обеда", "Сол күні"), and whether a paragraph opens with its day.
 */
import type { EventDate } from '../../../src/model/schema';
import { NAMED_DATE } from '../dates/namedDate';
import type { DocTimex } from '../stages/dates';
import type { DocumentDate } from '../stages/documentDate';
import type { Doc, Sentence } from '../types';
import { isAfterPublication, quotations } from './dateEvent';
import { inAfterPhrase } from './afterPast';
import { longBeforeNews } from './newsStory';

/**
 * The sentence's time is its last own date outside a quotation: "Утром 5 февраля появился анонс:
 * «7 февраля состоится заседание»" happened on the 5th, whatever the lexicon's order of its cues;
 * else the first date any of its events took. With no year known, the year-less day it gave.
 */
export function sentenceTime(s: Sentence, dct?: DocumentDate) {
  let at = -1;
  let doneAt = -1;
  const quoted = quotations(s.text);
  const time = {
    date: undefined as EventDate | undefined,
    yearless: undefined as string | undefined,
    /**
     * The same of its events not after the publication date: a later "В тот же день он подписал
     * указ" was not done on a day the sentence told as ahead ("объявил, что референдум пройдет 6
     * октября").
     */
    done: undefined as EventDate | undefined,
    /**
     * Whether every event of the sentence the dating placed lies long before publication (and one
     * did): background, not the news (events/newsStory.ts).
     */
    longPast: undefined as boolean | undefined,
    /** The sentence's own expression `date` was read from, where it was (for newsStory.ts). */
    dateTimex: undefined as DocTimex | undefined,
    /** One event of the sentence, dated (or not) by `when` from its own expression `own`. */
    add(when: { date?: EventDate; timex?: string }, own: DocTimex | undefined): void {
      const ownAt = own && !quoted(own.start - s.start) ? own.start : -1;
      if (!when.date && own && ownAt >= 0 && /^XXXX-\d{2}-\d{2}$/u.test(when.timex ?? ''))
        time.yearless ??= when.timex;
      if (when.date) time.longPast = (time.longPast ?? true) && longBeforeNews(when.date, dct);
      if (when.date && (!time.date || ownAt > at)) {
        time.date = when.date;
        time.dateTimex = own;
        at = ownAt;
      }
      if (when.date && !isAfterPublication(when.date, dct) && (!time.done || ownAt > doneAt)) {
        time.done = when.date;
        doneAt = ownAt;
      }
    },
  };
  return time;
}

/** The sentence opens its paragraph with a date: "26 апреля — …", "9 маусым – …", "5 января 2022 года …". */
export function opensWithDate(doc: Doc, s: Sentence, bySentence: Map<number, DocTimex[]>): boolean {
  const paragraph = doc.paragraphs[s.paragraph]!;
  if (s.start > paragraph.start + 3) return false;
  return (bySentence.get(s.index) ?? []).some(
    (t) =>
      /^[\s•–—-]*$/u.test(doc.text.slice(s.start, t.start)) &&
      (t.granularity === 'day' || t.granularity === 'month') &&
      // A named day, not "Накануне" or "Кеше": the story's day, not a step back from today.
      NAMED_DATE.test(t.text) &&
      // (Not the day of an event it tells its act after: "2022 жылғы 5 маусымдағы референдумнан
      // кейін Парламент заң қабылдады" opens on the referendum's day, not its own.)
      !inAfterPhrase(doc.lang, s, t, bySentence.get(s.index) ?? []),
  );
}
