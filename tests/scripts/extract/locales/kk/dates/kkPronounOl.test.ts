import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "ол" is mostly the pronoun "he/she"; before "күн" it is "that" only in "ол күні", "ол күнгі"
 * (that day). In the other forms of "күн" a sentence's subject never joins the date: "Ол
 * күнде келеді" (he comes every day), "Ол күн көреді" (he gets by). Forms of "күн" generated
 * from its paradigm (front vowels, nasal end).
 */
const DCT = '2021-05-10';
const tagged = (text: string) => tagDates(text, { lang: 'kk', dct: DCT }).map((t) => t.text);

const OTHER_FORMS = ['күн', 'күнде', 'күнге', 'күннен', 'күнді', 'күннің', 'күнмен', 'күндері'];

describe('Kazakh "ол" before "күн"', () => {
  it.each(OTHER_FORMS)('"Ол %s …": the pronoun stays out of any date', (form) => {
    expect(tagged(`Ол ${form} жұмыс істейді .`).filter((t) => /^Ол /u.test(t))).toEqual([]);
  });
  it.each(['күні', 'күнгі'])('"Ол %s" is that day', (form) => {
    expect(tagged(`Ол ${form} жаңбыр жауды .`)).toEqual([`Ол ${form}`]);
  });
});
