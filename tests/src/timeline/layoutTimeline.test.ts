import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cullItems } from '../../../src/timeline/cullItems';
import type { Domain } from '../../../src/timeline/domain';
import { layoutTimeline, shortenAtWord } from '../../../src/timeline/layoutTimeline';
import { createSyntheticEvents } from '../../../src/timeline/synthetic';
import { toTimelineItems } from '../../../src/timeline/toTimelineItems';

const data = toTimelineItems(createSyntheticEvents(600, { seed: 7, fromYear: 2015, years: 10 }));
const labelOf = (it: { event: { title: { kk: string } } }) => it.event.title.kk;
const full: Domain = [Date.UTC(2015, 0), Date.UTC(2025, 0)];

describe('layoutTimeline', () => {
  it('layoutTimeline never overlaps marks in a row and places every visible event once', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.0005, max: 1, noNaN: true }),
        fc.integer({ min: 300, max: 1600 }),
        (a, w, width) => {
          const span = full[1] - full[0];
          const domain: Domain = [full[0] + a * span, full[0] + (a + w) * span];
          const layout = layoutTimeline(data, domain, width, { labelOf });
          const ids: string[] = [];
          for (const lane of layout.lanes) {
            const rows = new Map<number, { x0: number; x1: number }[]>();
            for (const m of lane.marks) {
              ids.push(...(m.kind === 'event' ? [m.id] : m.eventIds));
              rows.set(m.row, [...(rows.get(m.row) ?? []), m]);
            }
            for (const row of rows.values()) {
              const sorted = [...row].sort((p, q) => p.x0 - q.x0);
              for (let i = 1; i < sorted.length; i++)
                expect(sorted[i]!.x0).toBeGreaterThanOrEqual(sorted[i - 1]!.x1);
            }
          }
          const expected = data.lanes.flatMap((l) =>
            cullItems(data.byLane.get(l)!, domain, data.maxSpanMs).map((i) => i.id),
          );
          expect(ids.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 60 },
    );
  });
  it('layoutTimeline at full span draws clusters and no labels', () => {
    const layout = layoutTimeline(data, full, 800, { labelOf });
    expect(layout.detail).toBe('markers');
    const marks = layout.lanes.flatMap((l) => l.marks);
    expect(marks.some((m) => m.kind === 'cluster' && m.count > 1)).toBe(true);
    expect(marks.every((m) => m.kind === 'cluster' || m.label === null)).toBe(true);
  });
  it('layoutTimeline zoomed in labels events with their titles', () => {
    const first = data.items[300]!;
    const layout = layoutTimeline(
      data,
      [first.start - 5 * 86_400_000, first.start + 40 * 86_400_000],
      1200,
      { labelOf },
    );
    expect(layout.detail).not.toBe('markers');
    const mark = layout.lanes.flatMap((l) => l.marks).find((m) => m.id === first.id);
    expect(mark?.kind === 'event' && mark.label).toBe(first.event.title.kk);
  });
});

describe('layoutTimeline right edge', () => {
  const [event] = createSyntheticEvents(1, { seed: 3 });
  const on = (id: string, edtf: string) => ({ ...event!, id, date: { ...event!.date, edtf } });
  const year2022: Domain = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];

  it('layoutTimeline(...) puts a label left of its mark near the right edge, whole and inside', () => {
    const data = toTimelineItems([on('a', '2022-11-15')]);
    const layout = layoutTimeline(data, year2022, 400, {
      labelOf: () => 'A rather long event title',
    });
    const mark = layout.lanes[0]!.marks[0]!;
    expect(mark.kind === 'event' && mark.labelLeft).toBe(true);
    expect(mark.kind === 'event' && mark.label).toBe('A rather long event title');
    expect(mark.x0).toBeGreaterThanOrEqual(0);
    expect(mark.x1).toBeLessThanOrEqual(400);
    expect(mark.x1).toBeGreaterThanOrEqual(mark.kind === 'event' ? mark.barX0 : 0);
  });
  it('layoutTimeline(...) shortens a label that fits on neither side at a word, never mid-word', () => {
    const data = toTimelineItems([on('a', '2022-07-01')]);
    const layout = layoutTimeline(data, year2022, 300, {
      labelOf: () => 'Extraordinary congress of the party renames it with a new name',
    });
    const mark = layout.lanes[0]!.marks[0]!;
    const label = mark.kind === 'event' ? mark.label! : '';
    expect(label.endsWith('…')).toBe(true);
    expect('Extraordinary congress of the party renames it with a new name ').toContain(
      `${label.slice(0, -1)} `,
    );
  });
  it('layoutTimeline(...) shows the pinned event whole, left of its mark if the right is short', () => {
    const title = 'Presidential election (Planned), 20 November 2022, Kazakhstan';
    const data = toTimelineItems([on('a', '2022-08-08')]);
    const layout = layoutTimeline(data, year2022, 1000, { labelOf: () => title, pinnedId: 'a' });
    const mark = layout.lanes[0]!.marks[0]!;
    expect(mark.kind === 'event' && mark.label).toBe(title);
    expect(mark.kind === 'event' && mark.labelLeft).toBe(true);
    expect(mark.x0).toBeGreaterThanOrEqual(0);
  });
  it('layoutTimeline(...) gives the pinned event a labelled row before its neighbours', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const data = toTimelineItems(ids.map((id) => on(id, '2022-06-01')));
    const layout = layoutTimeline(data, year2022, 800, {
      labelOf: () => 'Title',
      rows: 1,
      pinnedId: 'c',
    });
    const c = layout.lanes[0]!.marks.find((m) => m.id === 'c');
    expect(c?.kind === 'event' && c.label).toBe('Title');
  });
});

describe('shortenAtWord', () => {
  const widthOf = (t: string) => t.length * 10;
  it('shortenAtWord(text) keeps whole words and ends with an ellipsis', () => {
    expect(shortenAtWord('Party congress held today', 150, widthOf)).toBe('Party congress…');
    expect(shortenAtWord('Short', 150, widthOf)).toBe('Short');
  });
  it('shortenAtWord(text) does not stop inside an unclosed parenthesis', () => {
    expect(shortenAtWord('Coalitions start work (Kyzylorda, Shymkent, Oral)', 400, widthOf)).toBe(
      'Coalitions start work…',
    );
  });
  it('shortenAtWord(text) cuts a single long word only when nothing else fits', () => {
    expect(shortenAtWord('Extraordinary', 60, widthOf)).toBe('Extra…');
  });
});

describe('layoutTimeline free room', () => {
  const [event] = createSyntheticEvents(1, { seed: 3 });
  const on = (id: string, edtf: string) => ({ ...event!, id, date: { ...event!.date, edtf } });
  const year2022: Domain = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];
  const long = 'Extraordinary 22nd congress of the Nur Otan party renames it AMANAT';

  it('layoutTimeline(...) lets a label run past maxLabelPx into empty room in its row', () => {
    const layout = layoutTimeline(toTimelineItems([on('a', '2022-03-01')]), year2022, 1600, {
      labelOf: () => long,
      maxLabelPx: 120,
    });
    const mark = layout.lanes[0]!.marks[0]!;
    expect(mark.kind === 'event' && mark.label).toBe(long);
    expect(mark.x1 - mark.x0).toBeGreaterThan(120);
  });
  it('layoutTimeline(...) gives a long label its own row when rows are free', () => {
    const data = toTimelineItems([on('a', '2022-03-01'), on('b', '2022-05-01')]);
    const layout = layoutTimeline(data, year2022, 1200, { labelOf: () => long, maxLabelPx: 120 });
    const [a, b] = layout.lanes[0]!.marks;
    expect(a!.row).not.toBe(b!.row);
    expect(a!.kind === 'event' && a!.label).toBe(long);
  });
  it('layoutTimeline(...) stops a grown label before the next box in its row', () => {
    const data = toTimelineItems([on('a', '2022-03-01'), on('b', '2022-05-01')]);
    const layout = layoutTimeline(data, year2022, 1200, {
      labelOf: () => long,
      maxLabelPx: 120,
      rows: 1,
    });
    const [a, b] = layout.lanes[0]!.marks;
    expect(a!.row).toBe(b!.row);
    expect(a!.x1).toBeLessThanOrEqual(b!.x0 - 6);
    expect(a!.x1 - a!.x0).toBeGreaterThan(120);
    expect(a!.kind === 'event' && a!.label?.endsWith('…')).toBe(true);
    expect(a!.kind === 'event' && a!.fullLabel).toBe(long);
  });
});
