import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  clampStep,
  keyToCommand,
  nextStep,
  prevStep,
  startIndex,
} from '../../../src/classroom/presentation';

describe('presentation stepping', () => {
  it('nextStep/prevStep stop at the ends instead of wrapping', () => {
    expect(nextStep(0, 3)).toBe(1);
    expect(nextStep(2, 3)).toBe(2);
    expect(prevStep(1, 3)).toBe(0);
    expect(prevStep(0, 3)).toBe(0);
  });

  it('clampStep(index, count) always lands inside the list (0 for an empty one)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 20 }), (i, n) => {
        const c = clampStep(i, n);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(Math.max(n - 1, 0));
      }),
    );
    expect(clampStep(Number.NaN, 4)).toBe(0);
  });

  it('keyToCommand maps arrows, clicker PageUp/PageDown, Home/End and Escape', () => {
    expect(keyToCommand('ArrowRight')).toBe('next');
    expect(keyToCommand('PageDown')).toBe('next');
    expect(keyToCommand('ArrowLeft')).toBe('prev');
    expect(keyToCommand('PageUp')).toBe('prev');
    expect(keyToCommand(' ', true)).toBe('prev');
    expect(keyToCommand('Home')).toBe('first');
    expect(keyToCommand('End')).toBe('last');
    expect(keyToCommand('Escape')).toBe('exit');
    expect(keyToCommand('a')).toBeNull();
  });

  it('applyCommand jumps to the first and last event and keeps the index on exit', () => {
    expect(applyCommand(4, 'first', 9)).toBe(0);
    expect(applyCommand(0, 'last', 9)).toBe(8);
    expect(applyCommand(3, 'exit', 9)).toBe(3);
    expect(applyCommand(3, 'next', 9)).toBe(4);
  });

  it('startIndex finds the focused event or starts at the first one', () => {
    expect(startIndex(['a', 'b', 'c'], 'c')).toBe(2);
    expect(startIndex(['a', 'b'], 'zz')).toBe(0);
    expect(startIndex(['a'], null)).toBe(0);
  });
});
