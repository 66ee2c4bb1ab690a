/**
 * Taking to the square or the street ("алаңға шықты", "көшеге шығып") is a protest in Kazakh, and
 * so is a clash ("қақтығыс", in every case: "қақтығысқа ұласты", "қақтығыста"): read in every form
 * of шық that tells the act (verbForms.ts), active, with the subject and the cause between. Going
 * out somewhere else ("сахнаға шықты", "алаңнан шықты", from it) is none. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const protests = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'protest');

const PLACES = ['алаңға', 'көшеге'];
// Past, perfect, intention, present, habitual, converb of шық (қ voiced before a vowel).
const FORMS = ['шықты', 'шыққан', 'шықпақ', 'шығады', 'шығатын', 'шығып'];
const SHAPES = (phrase: string) => [
  `Кеншілер 5 наурызда жалақының кешігуіне қарсы ${phrase}.`,
  `Ауыл тұрғындары ${phrase}, әкімдік алдында жиналды.`,
];
const CLASH = ['қақтығыс', 'қақтығысқа', 'қақтығыста', 'қақтығыстар', 'қақтығыстың', 'қақтығыстан'];

describe('Kazakh: a protest told by its idioms', () => {
  const cases = PLACES.flatMap((place) => FORMS.flatMap((form) => SHAPES(`${place} ${form}`)));
  it.each(cases)('a protest: %s', (sentence) => {
    expect(protests(sentence)).not.toHaveLength(0);
  });

  it.each(CLASH.map((w) => `Наразылық 3 қаңтарда ${w} ұласты деп жазды.`))(
    'a clash: %s',
    (sentence) => expect(protests(sentence)).not.toHaveLength(0),
  );

  it.each([
    'Әнші 5 наурызда сахнаға шықты.',
    'Делегация алаңнан шықты.',
    'Кітап 5 наурызда басылып шықты.',
  ])('no protest: %s', (sentence) => {
    expect(protests(sentence)).toHaveLength(0);
  });
});
