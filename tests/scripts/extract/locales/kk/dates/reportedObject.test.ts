/**
 * A Kazakh date before a reported object (a participle with the possessive and the accusative, or
 * before "туралы") is the saying's when words of the object stand between: "10 наурызда отставкаға
 * кететінін мәлімдеді" was said on 10 March, the past one. Right before the participle it is the
 * reported act's: "отставкаға 10 наурызда кететінін мәлімдеді" is the leaving ahead. Generated over
 * verbs of saying, reported objects and their ways of being reported.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const first = (text: string) => tagDates(text, { lang: 'kk', dct: '2025-03-12' })[0]?.value;

const SAYINGS = ['мәлімдеді', 'айтты', 'хабарлады', 'жариялады', 'білдірді', 'растады'];
/** The reported act: its words, then its future participle, front or back by harmony. */
const OBJECTS: [string, string][] = [
  ['отставкаға', 'кететін'],
  ['қызметінен', 'кететін'],
  ['референдумды', 'өткізетін'],
  ['сайлауға', 'қатысатын'],
  ['жаңа заңды', 'қабылдайтын'],
];
/** The participle reported: possessive and accusative, or possessive before "туралы". */
const reported = (p: string) => {
  const poss = /ын$/u.test(p) ? 'ы' : 'і';
  return [`${p}${poss}н`, `${p}${poss} туралы`];
};
const FORMS = SAYINGS.flatMap((say) =>
  OBJECTS.flatMap(([words, p]) => reported(p).map((part) => [words, part, say] as const)),
);

describe('a date and the verb of saying it modifies', () => {
  it.each(FORMS)('министр 10 наурызда %s %s %s: the saying, past', (words, part, say) => {
    expect(first(`Министр 10 наурызда ${words} ${part} ${say}.`)).toBe('2025-03-10');
  });
  it.each(FORMS)('10 наурызда министр %s %s %s: the saying, past', (words, part, say) => {
    expect(first(`10 наурызда министр ${words} ${part} ${say}.`)).toBe('2025-03-10');
  });
  it.each(FORMS)('министр %s 10 наурызда %s %s: the reported act, ahead', (words, part, say) => {
    expect(first(`Министр ${words} 10 наурызда ${part} ${say}.`)).toBe('2026-03-10');
  });
  // A place, a manner or the date's own words between keep the date in the reported act; so does
  // a date in the attributive form, its noun's.
  it.each([
    ['Форум 10 наурызда Астанада өтетінін хабарлады.', '2026-03-10'],
    ['Сайлау 10 наурызда кезектен тыс өтетінін мәлімдеді.', '2026-03-10'],
    ['Құбыр 10 наурызға дейін тартылатынын айтты.', '2026-03-10'],
    ['Құбыр 10 наурызға дейін жөндеуден өтетінін айтты.', '2026-03-10'],
    ['Ереже 10 наурыздан бастап жұмысқа енгізілетінін айтты.', '2026-03-10'],
    ['Құрылтайдың кезекті отырысы ақпан айында өтетінін хабарлады.', '2026-02'],
    ['Депутат мәселе мәслихаттың маусымдағы сессиясында қаралатынын айтты.', '2025-06'],
  ])('%s', (text, value) => {
    expect(first(text)).toBe(value);
  });
  it('a converb chains the date into the reported act', () => {
    expect(first('Министр 10 наурызда ауылға келіп, жұмысты тексеретінін айтты.')).toBe(
      '2026-03-10',
    );
  });
});
