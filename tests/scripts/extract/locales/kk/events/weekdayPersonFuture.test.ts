/**
 * A weekday before a present-future verb with a person ending is the coming one: «Дүйсенбіде біз
 * жаңа бағдарламаны бастаймыз», — деді Тоқаев, published on Wednesday 12 March 2025, is Monday
 * 17 March, not the past Monday 10 March. A vowel stem takes the tense's vowel as "й"
 * ("баста-" → "бастаймыз") or fuses its -ы/-і into "и" ("оқы-" → "оқимыз"); a consonant stem
 * keeps it ("бер-" → "береміз"). Generated over the weekdays, their case forms, the persons, the
 * vowel harmony and both kinds of stem, quoted or not; the same sentence in the past is the past
 * weekday. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const DCT = '2025-03-12'; // a Wednesday
const value = (text: string) => tagDates(text, { lang: 'kk', dct: DCT })[0]?.value;

/** Weekday, its coming day and its past day from the Wednesday of publication. */
const WEEKDAYS = [
  ['дүйсенбі', '17', '10'],
  ['сейсенбі', '18', '11'],
  ['бейсенбі', '13', '06'],
  ['сенбі', '15', '08'],
  ['жексенбі', '16', '09'],
] as const;
const FORM = (day: string, form: string) => {
  if (form === 'locative') return `${day}де`;
  if (form === 'attributive') return `${day}дегі жиында`;
  return `${day} күні`;
};
/** Stem with its object, the stem's present-future before a person ending, and its past. */
const VERBS = [
  ['жаңа бағдарламаны', 'бастай', 'бастады', 'back'],
  ['шешімді', 'жариялай', 'жариялады', 'back'],
  ['баяндаманы', 'оқи', 'оқыды', 'back'],
  ['мәлімдеме', 'сөйлей', 'сөйледі', 'front'],
  ['жобаны', 'ұсына', 'ұсынды', 'back'],
  ['жауап', 'бере', 'берді', 'front'],
  ['Астанаға', 'келе', 'келді', 'front'],
  ['сынақтан', 'өте', 'өтті', 'front'],
] as const;
const PERSONS = [
  ['біз', 'мыз', 'міз'],
  ['мен', 'мын', 'мін'],
  ['сіз', 'сыз', 'сіз'],
] as const;

// (Friday, "жұма", is a day only with "күні": alone it is also a name and a week.)
const cases = [
  ...WEEKDAYS.flatMap(([day, ahead, past]) =>
    ['locative', 'attributive', 'күні'].map((form) => [FORM(day, form), ahead, past] as const),
  ),
  ['жұма күні', '14', '07'] as const,
];

describe('a weekday before a present-future verb with a person ending is ahead', () => {
  it.each(cases)('%s', (when, ahead, past) => {
    const lead = when[0]!.toUpperCase() + when.slice(1);
    for (const [object, stem, done, harmony] of VERBS)
      for (const [pronoun, back, front] of PERSONS) {
        const verb = `${stem}${harmony === 'back' ? back : front}`;
        for (const text of [
          `«${lead} ${pronoun} ${object} ${verb}», — деді Тоқаев.`,
          `${lead} ${pronoun} ${object} ${verb}.`,
        ])
          expect(value(text), text).toBe(`2025-03-${ahead}`);
        const said = `${lead} министр ${object} ${done}.`;
        expect(value(said), said).toBe(`2025-03-${past}`);
      }
  });
});
