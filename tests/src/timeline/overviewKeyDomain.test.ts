import { describe, expect, it } from 'vitest';
import { overviewKeyDomain } from '../../../src/timeline/overviewKeyDomain';

const full = [0, 1000] as const;

describe('overviewKeyDomain', () => {
  it('overviewKeyDomain(Shift+ArrowLeft) narrows and Shift+ArrowRight widens about the centre', () => {
    expect(overviewKeyDomain('ArrowLeft', true, [100, 200], full)).toEqual([110, 190]);
    expect(overviewKeyDomain('ArrowRight', true, [100, 200], full)).toEqual([87.5, 212.5]);
  });
  it('overviewKeyDomain(arrows) pans a tenth of the window and keeps its span', () => {
    expect(overviewKeyDomain('ArrowRight', false, [100, 200], full)).toEqual([110, 210]);
    expect(overviewKeyDomain('ArrowLeft', false, [100, 200], full)).toEqual([90, 190]);
  });
  it('overviewKeyDomain(PageUp, Home, End) pans a window or jumps to an end of full', () => {
    expect(overviewKeyDomain('PageUp', false, [100, 200], full)).toEqual([200, 300]);
    expect(overviewKeyDomain('Home', false, [100, 200], full)).toEqual([0, 100]);
    expect(overviewKeyDomain('End', false, [100, 200], full)).toEqual([900, 1000]);
  });
  it('overviewKeyDomain returns null for keys it does not handle', () => {
    expect(overviewKeyDomain('a', false, [100, 200], full)).toBeNull();
  });
});
