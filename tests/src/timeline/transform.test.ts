import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainToTransform, transformToDomain } from '../../../src/timeline/transform';
import type { Domain } from '../../../src/timeline/domain';

const full: Domain = [Date.UTC(1990, 0), Date.UTC(2030, 0)];

describe('transform', () => {
  it('domainToTransform(full) is the identity', () => {
    expect(domainToTransform(full, full, 1000)).toEqual({ k: 1, x: -0 });
  });
  it('transformToDomain(domainToTransform(d)) returns d', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0.001, max: 0.1, noNaN: true }),
        (a, w) => {
          const span = full[1] - full[0];
          const d: Domain = [full[0] + a * span, full[0] + (a + w) * span];
          const back = transformToDomain(domainToTransform(d, full, 1200), full, 1200);
          expect(back[0]).toBeCloseTo(d[0], -2);
          expect(back[1]).toBeCloseTo(d[1], -2);
        },
      ),
    );
  });
});
