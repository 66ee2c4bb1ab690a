import { describe, expect, it } from 'vitest';
import { geometryOf, rowTopOf } from '../../../../src/components/timeline/timelineGeometry';

describe('geometryOf', () => {
  it('geometryOf(12, 3) keeps the original 12 px layout', () => {
    expect(geometryOf(12, 3)).toMatchObject({ rowPx: 18, axisPx: 28, laneHeadPx: 16, lanePx: 94 });
  });
  it('geometryOf scales rows and lanes with the font (projector sizes)', () => {
    const [small, big] = [geometryOf(12, 3), geometryOf(24, 3)];
    expect(big.rowPx).toBe(2 * small.rowPx);
    expect(rowTopOf(big, 1, 2)).toBeGreaterThan(1.9 * rowTopOf(small, 1, 2));
  });
});
