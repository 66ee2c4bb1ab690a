import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeStretch, type Box } from '../../../src/timeline/freeStretch';

const row = (x0: number, x1: number, y0: number): Box => ({ x0, x1, y0, y1: y0 + 20 });

describe('freeStretch', () => {
  it('starts at the top when nothing crosses the column', () => {
    expect(freeStretch(100, 140, [row(0, 90, 0), row(150, 300, 40)], 0, 200, 150)).toBe(0);
  });

  it('skips the rows whose label passes through the column', () => {
    // Rows at 0–20 and 30–50 cross the band; the first free 100 px start below them.
    const boxes = [row(0, 500, 0), row(120, 130, 30), row(0, 50, 60)];
    expect(freeStretch(100, 140, boxes, 0, 300, 100)).toBe(50);
  });

  it('takes a gap between two crossing rows when it is long enough', () => {
    expect(freeStretch(100, 140, [row(0, 500, 0), row(0, 500, 150)], 0, 300, 100)).toBe(20);
  });

  it('gives null when no stretch is long enough', () => {
    const boxes = [row(0, 500, 0), row(0, 500, 60), row(0, 500, 120)];
    expect(freeStretch(100, 140, boxes, 0, 150, 50)).toBeNull();
  });

  it('never returns a stretch that a box crosses, nor one outside [from, to]', () => {
    const box = fc.record({
      x0: fc.integer({ min: 0, max: 400 }),
      w: fc.integer({ min: 1, max: 200 }),
      y0: fc.integer({ min: 0, max: 400 }),
      h: fc.integer({ min: 1, max: 60 }),
    });
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 12 }),
        fc.integer({ min: 1, max: 300 }),
        (raw, len) => {
          const boxes = raw.map((r) => ({ x0: r.x0, x1: r.x0 + r.w, y0: r.y0, y1: r.y0 + r.h }));
          const top = freeStretch(150, 190, boxes, 10, 420, len);
          if (top === null) return;
          expect(top).toBeGreaterThanOrEqual(10);
          expect(top + len).toBeLessThanOrEqual(420);
          for (const b of boxes)
            if (b.x1 > 150 && b.x0 < 190) expect(b.y1 <= top || b.y0 >= top + len).toBe(true);
        },
      ),
    );
  });
});
