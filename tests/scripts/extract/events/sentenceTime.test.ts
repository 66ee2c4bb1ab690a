/**
 * The time a sentence tells: its last own date outside a quotation, else the first date an event
 * of it took; the year-less day when no year is known.
 */
import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../../../src/model/schema';
import type { DocTimex } from '../../../../scripts/extract/stages/dates';
import { sentenceTime } from '../../../../scripts/extract/events/sentenceTime';

const text = 'Утром 5 февраля появился анонс: «7 февраля состоится заседание».';
const s = { index: 0, paragraph: 0, start: 100, end: 100 + text.length, text };
const timex = (word: string, value: string): DocTimex =>
  ({
    start: 100 + text.indexOf(word),
    end: 100 + text.indexOf(word) + word.length,
    text: word,
    value,
  }) as DocTimex;
const date = (edtf: string) => ({ edtf }) as EventDate;

describe('sentenceTime', () => {
  it('takes the date told outside the quotation, whatever order the events come in', () => {
    const time = sentenceTime(s);
    time.add({ date: date('2024-02-07') }, timex('7 февраля', '2024-02-07'));
    time.add({ date: date('2024-02-05') }, timex('5 февраля', '2024-02-05'));
    expect(time.date?.edtf).toBe('2024-02-05');
  });
  it('keeps the first date when no event has an own date outside a quotation', () => {
    const time = sentenceTime(s);
    time.add({ date: date('2024-02-07') }, timex('7 февраля', '2024-02-07'));
    time.add({ date: date('2024-02-09') }, undefined);
    expect(time.date?.edtf).toBe('2024-02-07');
  });
  it('keeps the year-less day an undated event gave outside the quotation', () => {
    const time = sentenceTime(s);
    time.add({ timex: 'XXXX-02-07' }, timex('7 февраля', 'XXXX-02-07'));
    expect(time.yearless).toBeUndefined();
    time.add({ timex: 'XXXX-02-05' }, timex('5 февраля', 'XXXX-02-05'));
    expect([time.date, time.yearless]).toEqual([undefined, 'XXXX-02-05']);
  });
});
