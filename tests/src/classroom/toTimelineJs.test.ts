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
});
