/**
 * Whether an undated act narrated in the simple past is the article's news of the publication day,
 * or goes on with the story its paragraph was telling: a paragraph whose every dated sentence lies
 * long before publication is background ("Статус закреплен после референдума 5 июня 2022 года.
 * Затем был принят конституционный закон"), and its later undated act is only recalled; unless
 * it tells its time by another event, back at that one ("… избран 19 марта 2023 года. После
 * выступления спикер заявил", events/recallStory.ts). The headline, the lead and a sentence told
 * "today" are the news itself and keep their day (events/when.ts).
 */
import type { EventDate, SourceLang } from '../../../src/model/schema';
import { edtfRange } from '../../../src/model/queries/edtfRange';
import { parseDct, toDayNumber } from '../dates/utcCalendar';
import type { DocumentDate } from '../stages/documentDate';
import type { Sentence } from '../types';
import { REPORT_DAYS } from './newsDay';
import { goesOnWithRecall } from './recallStory';

/**
 * Whether a date (not the publication's own) ends more days before publication than a report
 * tells news of (newsDay.ts): "5 июня 2022 года" in an article of 2025, not "вчера".
 */
export function longBeforeNews(date: EventDate, dct: DocumentDate | undefined): boolean {
  if (!dct || date.method.startsWith('publication')) return false;
  const range = edtfRange(date.edtf);
  if (range === null || !Number.isFinite(range[1])) return false;
  const lastDay = Math.floor((range[1] - 1) / 86_400_000);
  return toDayNumber(parseDct(dct.from)) - lastDay > REPORT_DAYS;
}

/**
 * Whether a sentence goes on in a paragraph of background: `background` is the paragraph's last
 * sentence with a dated event, given when every dated sentence of the paragraph lies long past.
 */
export function inBackground(
  lang: SourceLang,
  s: Sentence,
  background: Sentence | undefined,
): boolean {
  return background !== undefined && goesOnWithRecall(lang, s, background);
}
