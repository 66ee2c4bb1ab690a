import { describe, expect, it } from 'vitest';
import { toTimelineJs } from '../../../src/classroom/toTimelineJs';
import { fixture } from './fixture';

describe('toTimelineJs', () => {
  const out = toTimelineJs(fixture.events, {
    title: 'Шежіре',
    lang: 'en',
    groupLabel: (t) => `#${t}`,
  });
  const byId = new Map(out.events.map((e) => [e.unique_id, e]));

  it('writes one slide per event with the title slide first', () => {
    expect(out.title.text.headline).toBe('Шежіре');
    expect(out.events).toHaveLength(fixture.events.length);
    expect(out.events[0]!.unique_id).toBe('renaming-2022-03-01');
  });

  it('omits the day for month dates and month and day for year dates', () => {
    expect(byId.get('renaming-2022-03-01')!.start_date).toEqual({ year: 2022, month: 3, day: 1 });
    expect(byId.get('meeting-2022-03')!.start_date).toEqual({ year: 2022, month: 3 });
    expect(byId.get('coalition-2026')!.start_date).toEqual({ year: 2026 });
    expect('day' in byId.get('meeting-2022-03')!.start_date).toBe(false);
  });

  it('gives intervals an end_date and labels the group with the first theme', () => {
    const c = byId.get('campaign-2022-10-06')!;
    expect(c.end_date).toEqual({ year: 2022, month: 11, day: 19 });
    expect(byId.get('coalition-2026')!.group).toBe('#constitution');
    expect(byId.get('renaming-2022-03-01')!.end_date).toBeUndefined();
  });

  it('uses the language given and escapes HTML in titles', () => {
    expect(byId.get('election-2022-11-20')!.text.headline).toBe('Президент сайлауы (en)');
    expect(byId.get('coalition-2026')!.text.headline).toBe(
      'Коалиция &lt;b&gt;жұмысы&lt;/b&gt; (en)',
    );
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  // A season has no TimelineJS field: its label is shown instead of the bare year or first month.
  it.each(
    (
      [
        ['2024', '2024-SP', 'en', 'Spring 2024'],
        ['2024', '2024-WI', 'ru', 'зима 2024'],
        ['2024?', '2024-SU', 'kk', '2024 жылдың жазы'],
        ['2024-23', undefined, 'en', 'Autumn 2024'],
        ['2024-21?', undefined, 'kk', '2024 жылдың көктемі'],
        ['2024', '2023-SP', 'en', undefined],
        ['2024', undefined, 'en', undefined],
        ['2024-03', '2024-SP', 'en', undefined],
      ] as const
    ).map(([edtf, timex, lang, label]) => [edtf, timex ?? 'none', lang, label ?? 'none'] as const),
  )('a %s event (timex %s) in %s shows display_date %s', (edtf, timex, lang, label) => {
    const [base] = fixture.events;
    const event = {
      ...base!,
      date: { ...base!.date, edtf, ...(timex === 'none' ? {} : { timex }) },
    };
    const slide = toTimelineJs([event], { title: 'T', lang }).events[0]!;
    expect(slide.start_date.display_date).toBe(label === 'none' ? undefined : label);
    expect(slide.start_date.year).toBe(2024);
  });
});
