import { describe, expect, it } from 'vitest';
import { isInflectionTail } from '../../../../scripts/extract/arguments/suffixChain';

describe('isInflectionTail(tail, lang)', () => {
  it.each(['', 'дағы', 'дың', 'ындағы', 'тық', 'ның', 'лар'])(
    'accepts the Kazakh tail "%s"',
    (tail) => {
      expect(isInflectionTail(tail, 'kk')).toBe(true);
    },
  );
  it.each(['ов', 'ова', 'мұнайгаз', 'ский'])('rejects the Kazakh tail "%s"', (tail) => {
    expect(isInflectionTail(tail, 'kk')).toBe(false);
  });
  it('accepts Russian case endings but not surname endings', () => {
    expect(['е', 'ой', 'ы'].every((t) => isInflectionTail(t, 'ru'))).toBe(true);
    expect(['ов', 'ин', 'ский'].some((t) => isInflectionTail(t, 'ru'))).toBe(false);
  });
});
