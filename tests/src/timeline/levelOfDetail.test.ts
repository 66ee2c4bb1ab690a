import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/timeline/domain';
import { levelOfDetail } from '../../../src/timeline/levelOfDetail';

describe('levelOfDetail', () => {
  it('levelOfDetail shows markers when crowded, labels when not, detail when zoomed in', () => {
    expect(levelOfDetail(5000, 1000, 3650 * DAY_MS)).toBe('markers');
    expect(levelOfDetail(100, 1000, 3650 * DAY_MS)).toBe('labels');
    expect(levelOfDetail(20, 1000, 30 * DAY_MS)).toBe('detail');
  });
  it('levelOfDetail scales its label budget with width', () => {
    expect(levelOfDetail(100, 320, 3650 * DAY_MS)).toBe('markers');
    expect(levelOfDetail(100, 1920, 3650 * DAY_MS)).toBe('labels');
  });
});
