import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cullItems } from '../../../src/timeline/cullItems';
import type { Domain } from '../../../src/timeline/domain';
import { groupMarkers, markersInView } from '../../../src/timeline/markerGroups';
import { markersOf } from '../../../src/timeline/markersOf';
import type { TimelineItem } from '../../../src/timeline/toTimelineItems';

const o = { markerPx: 10, gapPx: 6, maxClusterPx: 40 };

/** Items sorted by start, as toTimelineItems gives them; 1 ms is 1 px at pxPerW = 1. */
const itemsArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 60 })), {
    maxLength: 200,
  })
  .map((a) =>
    a
      .map(([start, len]) => ({ start, end: start + len }))
      .sort((p, q) => p.start - q.start)
      .map((r, i) => ({ ...r, id: `e${i}` }) as TimelineItem),
  );

const endsOf = (items: TimelineItem[]) => Float64Array.from(items, (it) => it.end);
const view = (items: TimelineItem[], domain: Domain) => ({
  domain,
  warpedStart: domain[0],
  pxPerW: 1,
  maxSpanMs: Math.max(0, ...items.map((it) => it.end - it.start)),
});
const marksOf = (items: TimelineItem[], domain: Domain) => {
  const starts = Float64Array.from(items, (it) => it.start);
  return markersInView(
    items,
    starts,
    groupMarkers(starts, endsOf(items), 1, o),
    view(items, domain),
    o,
    3,
  );
};
const idsOf = (m: ReturnType<typeof marksOf>[number]) => (m.kind === 'event' ? [m.id] : m.eventIds);

describe('markerGroups', () => {
  it('markersInView(groupMarkers(...)) draws what markersOf draws when the view holds every item', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const domain: Domain = [0, 3000];
        const x = (ms: number) => ms;
        const old = markersOf(items, 0, items.length, domain, x, o, 3);
        const marks = marksOf(items, domain);
        expect(marks.map((m) => [m.kind, m.x0, m.x1, idsOf(m)])).toEqual(
          old.map((m) => [m.kind, m.x0, m.x1, idsOf(m)]),
        );
      }),
    );
  });

  it('markersInView(...) stands for exactly the items in view, once each, never overlapping', () => {
    fc.assert(
      fc.property(
        itemsArb,
        fc.integer({ min: -100, max: 2000 }),
        fc.integer({ min: 1, max: 1500 }),
        (items, a, w) => {
          const domain: Domain = [a, a + w];
          const marks = marksOf(items, domain);
          const expected = cullItems(items, domain, view(items, domain).maxSpanMs).map((i) => i.id);
          expect(marks.flatMap(idsOf).sort()).toEqual(expected.sort());
          for (let i = 1; i < marks.length; i++)
            expect(marks[i]!.x0).toBeGreaterThanOrEqual(marks[i - 1]!.x1);
          for (const m of marks) if (m.kind === 'cluster') expect(m.count).toBe(m.eventIds.length);
        },
      ),
    );
  });

  it('markersInView(...) keeps a badge whole while a pan keeps it in view', () => {
    fc.assert(
      fc.property(
        itemsArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 500 }),
        (items, a, d) => {
          const members = (domain: Domain) =>
            new Map(
              marksOf(items, domain)
                .filter((m) => m.kind === 'cluster')
                .map((m) => [m.eventIds.join(), m.x0 + domain[0]]),
            );
          const before = members([a, a + 1000]);
          const after = members([a + d, a + d + 1000]);
          // A badge wholly inside both views has the same members at the same time position.
          for (const [ids, at] of before) {
            if (at < a + d || at > a + 1000 - o.maxClusterPx) continue;
            expect(after.get(ids)).toBe(at);
          }
        },
      ),
    );
  });

  it('groupMarkers(...) merges markers that would touch, up to maxClusterPx wide', () => {
    const items = [0, 5, 12, 30, 45, 200].map(
      (start, i) => ({ id: `e${i}`, start, end: start + 1 }) as TimelineItem,
    );
    const starts = Float64Array.from(items, (it) => it.start);
    const g = groupMarkers(starts, endsOf(items), 1, o);
    expect([...g.size.slice(0, g.length)]).toEqual([3, 2, 1]);
    // At half the scale everything but the last is within 40 px.
    const half = groupMarkers(starts, endsOf(items), 0.5, o);
    expect([...half.size.slice(0, half.length)]).toEqual([5, 1]);
  });
});
