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

// Russian lists adjectives before the plural noun: "Абайская, Жетысуская и Улытауская области".
// [the adjective in the nominative, its oblique stem, id]
const RU_REGIONS: [string, string, string][] = [
  ['Абайская', 'Абайск', 'abai'],
  ['Жетысуская', 'Жетысуск', 'jetisu'],
  ['Улытауская', 'Улытауск', 'ulytau'],
  ['Акмолинская', 'Акмолинск', 'akmola'],
  ['Карагандинская', 'Карагандинск', 'karaganda-region'],
];
// [the noun, the adjectives' ending in its case]
const RU_CASES: [string, string][] = [
  ['области', 'ая'],
  ['областей', 'ой'],
  ['областях', 'ой'],
  ['областям', 'ой'],
  ['областями', 'ой'],
];

describe('Russian adjectives listed before a shared plural unit noun', () => {
  const pairs = RU_REGIONS.flatMap((a) => RU_REGIONS.filter((b) => b !== a).map((b) => [a, b] as const)); // prettier-ignore
  it.each(RU_CASES)('… и … %s', (noun, ending) => {
    for (const [[nom, stemA, idA], [, stemB, idB]] of pairs)
      for (const join of [' и ', ', ']) {
        const a = ending === 'ая' ? nom : `${stemA}${ending}`;
        const s = `В этом году ${a}${join}${stemB}${ending} ${noun} получили новых акимов.`;
        expect(
          findPlaces(s, 'ru').map((p) => p.id),
          s,
        ).toEqual([idA, idB]);
      }
  });
  it('three adjectives; an adjective outside a list stays as it was', () => {
    expect(findPlaces('Образованы Абайская, Жетысуская и Улытауская области.', 'ru').map((p) => p.id)).toEqual(['abai', 'jetisu', 'ulytau']); // prettier-ignore
    expect(findPlaces('Абайская улица и Жетысуская улица.', 'ru')).toEqual([]);
  });
});
