/**
 * Names listed before one plural unit noun share it: in "Абай, Жетісу және Ұлытау облыстары"
 * each is a region, though a bare "Абай" is a person or a town and a bare "Ақтөбе" a city.
 * Generated over the regions, their order, the joining words and the plural noun's cases; words
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../scripts/extract/arguments/findPlaces';

const REGIONS: [string, string][] = [
  ['Абай', 'abai'],
  ['Жетісу', 'jetisu'],
  ['Ұлытау', 'ulytau'],
  ['Ақтөбе', 'aktobe-region'],
  ['Атырау', 'atyrau-region'],
  ['Батыс Қазақстан', 'west-kazakhstan'],
];
const CASES = ['облыстары', 'облыстарында', 'облыстарының', 'облыстарына', 'облыстарынан'];

describe('names listed before a shared plural unit noun', () => {
  const pairs = REGIONS.flatMap((a) => REGIONS.filter((b) => b !== a).map((b) => [a, b] as const));
  it.each(CASES)('… және … %s', (noun) => {
    for (const [[a, idA], [b, idB]] of pairs)
      for (const join of [' және ', ' мен ', ', ']) {
        const s = `Биыл ${a}${join}${b} ${noun} жаңа әкімдер тағайындалды.`;
        expect(
          findPlaces(s, 'kk').map((p) => p.id),
          s,
        ).toEqual([idA, idB]);
      }
  });
  it('three names, and a name outside a list stays as it was', () => {
    expect(findPlaces('Абай, Жетісу және Ұлытау облыстары құрылды.', 'kk').map((p) => p.id)).toEqual(['abai', 'jetisu', 'ulytau']); // prettier-ignore
    expect(findPlaces('Абай атындағы мектеп ашылды.', 'kk')).toEqual([]);
    expect(findPlaces('Ақтөбе қаласында жиын өтті.', 'kk').map((p) => p.id)).toEqual(['aktobe']);
  });
});
