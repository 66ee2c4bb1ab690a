/**
 * An agency's dateline opening the lead's sentence gives the publication's day, not the date of
 * the act the lead tells. "АСТАНА, 20 февраля 2026 – В Астане создана коалиция. Меморандум о
 * создании коалиции подписали во вторник." (a test article written for the check) gave two
 * coalitions, one on the dateline's day and one on Tuesday; the lead is now the day's news and
 * joins the act the next sentence dates. Generated over places, date forms and separators.
 */
import { describe, expect, it } from 'vitest';
import { isDatelineTimex } from '../../../../scripts/extract/dates/datelineTimex';
import { extractSentences } from '../events/extractSentences';

const PLACES = ['АСТАНА', 'УСТЬ-КАМЕНОГОРСК', 'Астана', 'Усть-Каменогорск'];
const DATES = ['20 февраля 2026', '20 февраля 2026 года', '20 февраля'];
const SEPARATORS = [' – ', '. ', ' /Kazinform/ – ', ', '];
const LEAD = 'В Астане создана республиканская коалиция.';

function timexIn(text: string, date: string) {
  const start = text.indexOf(date);
  return { start, end: start + date.length };
}

const cases = PLACES.flatMap((p) =>
  DATES.flatMap((d) => SEPARATORS.map((sep) => [`${p}, ${d}${sep}${LEAD}`, d] as const)),
);

describe('the date of an agency dateline', () => {
  it.each(cases)('is the dateline: %s', (text, date) => {
    const paragraph = { index: 0, start: 0, end: text.length, text };
    expect(isDatelineTimex(text, paragraph, timexIn(text, date), text.length)).toBe(true);
  });

  it.each([
    ['В Астане 20 февраля 2026 года создана коалиция.', '20 февраля 2026 года'],
    ['Коалиция, 20 февраля 2026 года созданная в Астане, выросла.', '20 февраля 2026 года'],
    // (A dateline standing alone opens the paragraph with its day: events/story.ts.)
    ['АСТАНА. 20 февраля.', '20 февраля'],
  ])('is not a dateline: %s', (text, date) => {
    const paragraph = { index: 0, start: 0, end: text.length, text };
    expect(isDatelineTimex(text, paragraph, timexIn(text, date), text.length)).toBe(false);
  });

  it.each(
    PLACES.filter((p) => p === p.toUpperCase()).flatMap((p) =>
      SEPARATORS.map(
        (sep) =>
          `${p}, 20 февраля 2026${sep}${LEAD} Меморандум о создании коалиции подписали во вторник.`,
      ),
    ),
  )('the lead joins the act a later sentence dates: %s', (text) => {
    const events = extractSentences('ru', text, '2026-02-20').events;
    expect(events.map((e) => [e.type, e.date.edtf])).toEqual([['coalition', '2026-02-17']]);
  });
});
