import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A date in the nominative before the possessive of an administrative unit names it, as it
 * names a street: "1 Мамыр ауданының әкімі" (the akim of the 1 May district), "8 Наурыз
 * ауылдық округінде", "Бірінші Мамыр шағын ауданы". KazNERD marks these as places (LOC), not
 * DATE; the district "1 Мамыр" was dated 1 May. A month in a case, or a noun without the
 * possessive, keeps the date ("1 мамырда ауданда", "1 мамыр ауданға келді"). Generated over
 * every month, digit and ordinal-word days, the unit nouns (alone and after "ауылдық", "шағын")
 * and their possessive case forms.
 */
const tagged = (text: string) =>
  tagDates(text, { lang: 'kk', dct: '2021-05-10' }).map((t) => t.text);

const MONTHS = ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз',
  'Қыркүйек', 'Қазан', 'Қараша', 'Желтоқсан']; // prettier-ignore
// Possessive stems and their harmony (қалашық softens to қалашығ-, the loan округ is front).
const UNITS: readonly [string, 'back' | 'front'][] = [
  ['аудан', 'back'],
  ['округ', 'front'],
  ['қалашығ', 'back'],
  ['ауылдық округ', 'front'],
  ['шағын аудан', 'back'],
  ['мөлтек аудан', 'back'],
];
const possessive = (stem: string, h: 'back' | 'front') => {
  const [y, a] = h === 'back' ? ['ы', 'а'] : ['і', 'е'];
  return [
    '',
    'н',
    `нд${a}`,
    `н${a}`,
    `н${a}н`,
    `н${y}ң`,
    `нд${a}${h === 'back' ? 'ғы' : 'гі'}`,
  ].map((c) => `${stem}${y}${c}`);
};

describe('Kazakh: a date naming a district', () => {
  it.each(MONTHS)('"1 %s" (and "Бірінші …") before a possessive unit noun is no date', (month) => {
    const bad = UNITS.flatMap(([stem, h]) =>
      possessive(stem, h).flatMap((unit) =>
        [`1 ${month} ${unit}`, `Бірінші ${month} ${unit}`].filter(
          (p) => tagged(`Әкім ${p} тұрғындарымен кездесті .`).length > 0,
        ),
      ),
    );
    expect(bad).toEqual([]);
  });
  it.each([
    ['Әкім 1 мамырда ауданда болды .', '1 мамырда'],
    ['Әкім 1 мамыр ауданға келді .', '1 мамыр'],
    ['Әкім 12 ақпанда 1 Мамыр ауданының тұрғындарымен кездесті .', '12 ақпанда'],
  ])('%s keeps the date', (text, date) => expect(tagged(text)).toEqual([date]));
});
