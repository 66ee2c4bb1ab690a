/**
 * Kazakh: a finite past verb and a bare "және" (no comma) close a clause, so a second act with its
 * own date is a second event: "Заңға 5 наурызда қол қойылды және ол 15 наурызда күшіне енді".
 * Generated over the first step's verb and the second step; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const at = (s: string) => kindsAndDays('kk', s, '2024-04-20');

describe('a finite verb and a bare "және"', () => {
  it.each(['қол қойылды', 'қабылданды', 'мақұлданды'])('Заң 5 наурызда … %s және …', (first) => {
    const noun = first === 'қол қойылды' ? 'Заңға' : 'Заң';
    for (const second of ['ол 15 наурызда күшіне енді', '15 наурызда күшіне енді'])
      expect(at(`${noun} 2024 жылғы 5 наурызда ${first} және ${second}.`), second).toEqual([
        'law 2024-03-05',
        'law 2024-03-15',
      ]);
  });
  it('one date, one act', () => {
    expect(at('Заң 2024 жылғы 5 наурызда қабылданды және жарияланды.')).toEqual(['law 2024-03-05']);
  });
});
