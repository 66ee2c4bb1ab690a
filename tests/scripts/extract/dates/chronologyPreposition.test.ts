/**
 * A chronicle's entry may open with its month after a preposition ("В январе страну охватили
 * протесты"): that opens the run under the year heading as "5 января — …" does, so the entries
 * after it keep the heading's year (dates/chronology.ts OPENER_HEAD). "2022 год / В январе … / 20
 * ноября прошли внеочередные выборы президента" put the election in November 2025, the year nearest
 * publication. Generated over headings, openers and entries; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../events/extractSentences';

const HEADINGS = ['2022 год', '2022 г.', '2022'];
const OPENERS = [
  'В январе страну охватили массовые протесты.',
  'В марте президент выступил с Посланием народу.',
  'В феврале президент подписал указ о реформе.',
];
const ENTRIES: Array<[string, string, string]> = [
  ['20 ноября прошли внеочередные выборы президента.', 'election', '2022-11-20'],
  ['5 июня состоялся республиканский референдум.', 'referendum', '2022-06-05'],
];

describe('an entry after one opened "В январе" keeps the heading’s year', () => {
  it.each(
    HEADINGS.flatMap((h) =>
      OPENERS.flatMap((o) => ENTRIES.map(([e, type, day]) => [h, o, e, type, day] as const)),
    ),
  )('%s / %s / %s', (heading, opener, entry, type, day) => {
    const text = `Хроника\n\n${heading}\n${opener}\n${entry}\n`;
    const events = extractSentences('ru', text, '2026-03-12', 'Политика').events;
    expect(events.filter((e) => e.type === type).map((e) => e.date.edtf)).toEqual([day]);
  });
});
