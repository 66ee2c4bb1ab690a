import { describe, expect, it } from 'vitest';
import {
  dateFromPublication,
  dateFromTimex,
  earliestDay,
  toEdtf,
} from '../../../../scripts/extract/events/dateEvent';
import type { DocTimex } from '../../../../scripts/extract/stages/dates';
import type { Sentence } from '../../../../scripts/extract/types';

const s: Sentence = { index: 0, paragraph: 0, start: 0, end: 20, text: 'x'.repeat(20) };
const timex = (over: Partial<DocTimex>): DocTimex => ({
  start: 0, end: 5, text: '16-наурызда', type: 'DATE', value: '2022-03-16', granularity: 'day', anchor: 'dct', sentence: 0, agrees: true, ...over,
}); // prettier-ignore

describe('dateFromTimex(t)', () => {
  it('calls a date with its year in the text stated', () => {
    expect(
      dateFromTimex(timex({ text: '2010 жылы', value: '2010', anchor: 'absolute' }), 'a', s),
    ).toMatchObject({ edtf: '2010', precision: 'year', certainty: 'stated', method: 'explicit' });
  });

  it('says the year came from the publication date when only day and month are written', () => {
    expect(dateFromTimex(timex({}), 'a', s)).toMatchObject({
      edtf: '2022-03-16',
      certainty: 'resolved',
      method: 'year-from-publication',
    });
  });

  it('keeps a month a month and a season a season', () => {
    expect(dateFromTimex(timex({ text: 'Сәуірде', value: '2022-04' }), 'a', s)).toMatchObject({
      edtf: '2022-04',
      precision: 'month',
    });
    expect(dateFromTimex(timex({ text: 'көктемде', value: '2022-SP' }), 'a', s)).toMatchObject({
      edtf: '2022-21',
      precision: 'season',
    });
  });

  it('turns a range into an EDTF interval', () => {
    expect(
      dateFromTimex(
        timex({ text: '15–16 наурыз', value: '2022-03-15', endValue: '2022-03-16' }),
        'a',
        s,
      ),
    ).toMatchObject({ edtf: '2022-03-15/2022-03-16', precision: 'interval' });
  });

  it('marks a reading that differs between the ends of the publication interval as inferred', () => {
    expect(
      dateFromTimex(
        timex({ agrees: false, value: '2022-11-20', valueTo: '2023-11-20', text: '20 қарашада' }),
        'a',
        s,
      ),
    ).toMatchObject({ edtf: '2022-11-20/2023-11-20', certainty: 'inferred' });
  });

  it('dates "today" in an article known only to lie in an interval by that interval', () => {
    const dct = { edtf: '2022-06-05/..', from: '2022-06-05', precision: 'interval' as const };
    expect(dateFromTimex(timex({ text: 'Бүгін', agrees: false }), 'a', s, dct)).toMatchObject({
      edtf: '2022-06-05/..',
      method: 'publication-interval',
      certainty: 'inferred',
    });
  });
});

describe('dateFromPublication(dct)', () => {
  it('says the publication date was used and that this is an inference', () => {
    expect(
      dateFromPublication({
        edtf: '2022-03-01',
        from: '2022-03-01',
        to: '2022-03-01',
        precision: 'day',
      }),
    ).toEqual({
      edtf: '2022-03-01',
      precision: 'day',
      certainty: 'inferred',
      method: 'publication-date',
    });
  });
});

describe('toEdtf / earliestDay', () => {
  it.each([
    ['2022-SP', '2022-21'],
    ['2026-02-13T19:00', '2026-02-13'],
  ])('toEdtf(%s) = %s', (v, e) => expect(toEdtf(v)).toBe(e));
  it.each([
    ['2022-10-06/2022-11-19', '2022-10-06'],
    ['2022-23', '2022-09-01'],
    ['../2026-02-13', undefined],
    ['2022', '2022-01-01'],
  ])('earliestDay(%s) = %s', (v, e) => expect(earliestDay(v)).toBe(e));
});
