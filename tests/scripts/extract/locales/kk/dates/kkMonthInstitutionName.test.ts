import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A date in the nominative before the possessive of an institution or a building names it, as
 * it names a street: "9 мамыр мектебінде" (in the 9 May school), "Бірінші мамыр зауыты", "16
 * желтоқсан гимназиясының". So does a date before "атындағы" (named after): "9 Мамыр атындағы
 * саябақта". Before, only streets, squares and settlements were known, and these were dated.
 * A month in a case, or a noun without the possessive, keeps the date ("9 мамырда мектепте").
 * Generated over every month, digit and ordinal-word days, nouns and their case forms.
 */
const tagged = (text: string) =>
  tagDates(text, { lang: 'kk', dct: '2021-05-10' }).map((t) => t.text);

const MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз',
  'қыркүйек', 'қазан', 'қараша', 'желтоқсан']; // prettier-ignore
// Possessive stems and their harmony: мектеп softens to мектеб-, vowel-final nouns take -сы/-сі.
const NOUNS: readonly [string, 'back' | 'front'][] = [
  ['мектеб', 'front'],
  ['лицей', 'front'],
  ['гимназияс', 'back'],
  ['колледж', 'front'],
  ['университет', 'front'],
  ['мешіт', 'front'],
  ['зауыт', 'back'],
  ['фабрикас', 'back'],
  ['стадион', 'back'],
  ['сарай', 'back'],
  ['ауруханас', 'back'],
  ['кеңшар', 'back'],
];
const possessive = (stem: string, h: 'back' | 'front') => {
  const [y, a] = h === 'back' ? ['ы', 'а'] : ['і', 'е'];
  return ['', 'н', `нд${a}`, `н${a}`, `н${a}н`, `н${y}ң`, h === 'back' ? 'ндағы' : 'ндегі'].map(
    (c) => `${stem}${y}${c}`,
  );
};

describe('Kazakh: a date naming an institution', () => {
  it.each(MONTHS)('dates in "%s" before a possessive institution noun', (month) => {
    const bad = NOUNS.flatMap(([stem, h]) =>
      possessive(stem, h).flatMap((noun) =>
        [`9 ${month} ${noun}`, `Бірінші ${month} ${noun}`].filter(
          (p) => tagged(`Жиын ${p} өтті .`).length > 0,
        ),
      ),
    );
    expect(bad).toEqual([]);
  });
  it.each(MONTHS)('"9 %s атындағы" is a name', (month) => {
    expect(tagged(`Жиын 9 ${month} атындағы саябақта өтті .`)).toEqual([]);
  });
  it.each([
    ['9 мамырда мектепте жиын өтті .', '9 мамырда'],
    ['9 мамыр мектепке барды .', '9 мамыр'],
    ['Ол 1 қыркүйекте университетке түсті .', '1 қыркүйекте'],
  ])('%s keeps the date', (text, date) => expect(tagged(text)).toEqual([date]));
});
