import { describe, expect, it } from 'vitest';
import { laneOf, lanesOf } from '../../../src/timeline/lanes';

describe('lanes', () => {
  it('lanesOf lists present themes in the fixed order', () => {
    const events = [
      { themes: ['international' as const] },
      { themes: ['society' as const, 'party' as const] },
      { themes: ['party' as const] },
    ];
    expect(lanesOf(events)).toEqual(['party', 'society', 'international']);
  });
  it('laneOf is the primary (first) theme', () => {
    expect(laneOf({ themes: ['reforms', 'constitution'] })).toBe('reforms');
  });
});
