import { describe, expect, it } from 'vitest';
import { resolveReading } from '../../../../scripts/extract/dates/resolveReading';
import { chooseYear } from '../../../../scripts/extract/dates/chooseYear';
import { isoWeek } from '../../../../scripts/extract/dates/utcCalendar';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const DCT = { year: 2022, month: 3, day: 1 };

describe('resolveReading', () => {
  it('resolveReading gives *_REF without a DCT and a shifted date with one', () => {
    expect(resolveReading({ kind: 'rel', unit: 'Y', offset: -1 })).toMatchObject({
      value: 'PAST_REF',
      anchor: 'none',
    });
    expect(resolveReading({ kind: 'rel', unit: 'D', offset: -1 }, DCT).value).toBe('2022-02-28');
    expect(resolveReading({ kind: 'rel', unit: 'M', offset: -3 }, DCT).value).toBe('2021-12');
  });

  it('counts a fraction of a year in months and leaves other fractions vague', () => {
    const shift = (unit: 'Y' | 'M' | 'W' | 'D', amount: number) =>
      resolveReading({ kind: 'shift', unit, amount, direction: -1 }, DCT);
    expect(shift('Y', 0.5)).toMatchObject({ value: '2021-09', granularity: 'month' });
    expect(shift('Y', 1.5)).toMatchObject({ value: '2020-09', granularity: 'month' });
    expect(shift('Y', 2)).toMatchObject({ value: '2020', granularity: 'year' });
    expect(shift('Y', 1500)).toMatchObject({ value: 'PAST_REF' }); // before year 1000
    for (const unit of ['M', 'W', 'D'] as const)
      expect(shift(unit, 1.5)).toMatchObject({ value: 'PAST_REF', granularity: 'ref' });
  });

  it('resolveReading writes durations, sets and ranges in TIMEX3 form', () => {
    expect(resolveReading({ kind: 'dur', unit: 'Y', amount: 3.5 }).value).toBe('P3.5Y');
    expect(resolveReading({ kind: 'dur', unit: 'H', amount: 2 }).value).toBe('PT2H');
    expect(resolveReading({ kind: 'set', unit: 'Y' })).toMatchObject({ type: 'SET', value: 'P1Y' });
    const range = resolveReading(
      { kind: 'cal', parts: { month: 3, day: 15 }, end: { day: 16 } },
      DCT,
    );
    expect(range).toMatchObject({ value: '2022-03-15', endValue: '2022-03-16' });
  });
});

describe('chooseYear', () => {
  it('chooseYear picks the nearest year unless tense says otherwise', () => {
    expect(chooseYear({ month: 11, day: 20 }, { year: 2022, month: 10, day: 6 })).toBe(2022);
    expect(chooseYear({ month: 11, day: 20 }, { year: 2023, month: 1, day: 10 })).toBe(2022);
    expect(chooseYear({ month: 11, day: 20 }, { year: 2022, month: 12, day: 1 }, 'future')).toBe(
      2023,
    );
    expect(chooseYear({ month: 3 }, { year: 2022, month: 3, day: 31 }, 'past')).toBe(2022);
  });
});

describe('isoWeek', () => {
  it('isoWeek follows ISO-8601 at year boundaries', () => {
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2022, month: 3, day: 1 })).toEqual({ year: 2022, week: 9 });
  });
});

describe('a month of last or next year with no publication date', () => {
  it('keeps its month and day with an unknown year, counted from the missing date', () => {
    const r = { kind: 'rel', unit: 'Y', offset: -1, then: { month: 9 } } as const;
    expect(resolveReading(r)).toMatchObject({
      value: 'XXXX-09',
      granularity: 'month',
      anchor: 'dct',
    });
    expect(resolveReading({ ...r, then: { month: 9, day: 5 } }).value).toBe('XXXX-09-05');
    expect(resolveReading(r, DCT).value).toBe('2021-09');
  });

  it('takes no year another sentence states (that year would be this one, not the last)', () => {
    const found = tagDates(
      '2024 жылы реформа басталды. Өткен жылдың қыркүйегінде заң қабылданды.',
      {
        lang: 'kk',
      },
    );
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['2024 жылы', '2024'],
      ['Өткен жылдың қыркүйегінде', 'XXXX-09'],
    ]);
  });
});
