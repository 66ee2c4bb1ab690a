import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A range of years shortened to the last two digits ("2020-21 жылдары") was read as a count
 * ("21 жылдары", 21 years), and a school or fiscal year ("2020–2021 оқу жылында") as nothing.
 * Generated over the links reports write (hyphen, en dash, slash, spaced dash), both ends in
 * full and shortened, and the case forms of "жыл" after them.
 */
const DCT = '2021-05-10';
const tagged = (text: string) =>
  tagDates(text, { lang: 'kk', dct: DCT }).map((t) => `${t.text}=${t.value}`);

const LINKS = ['-', '–', '/', ' – '];
const ENDS = ['21', '2021'];
const YEAR_FORMS = ['жылдары', 'жылдарда', 'жылдардағы', 'жылдарға', 'жылдың'];

describe('Kazakh ranges of years and school years', () => {
  it.each(LINKS)('"2020%s21 жылдары" and its forms are 2020/2021', (link) => {
    const bad = ENDS.flatMap((end) =>
      YEAR_FORMS.map((w) => `2020${link}${end} ${w}`).filter(
        (p) => tagged(`Бағдарлама ${p} жүзеге асты .`)[0] !== `${p}=2020/2021`,
      ),
    );
    expect(bad).toEqual([]);
  });
  it.each(['оқу', 'қаржы'])('"2020-2021 %s жылында" is one date', (kind) => {
    for (const form of ['жылы', 'жылында', 'жылының', 'жылына'])
      expect(tagged(`Биыл 2020-2021 ${kind} ${form} өзгерді .`)).toContain(
        `2020-2021 ${kind} ${form}=2020/2021`,
      );
  });
  it('leaves a count after a year apart', () => {
    expect(tagged('2020 жылы 21 адам келді .')).toEqual(['2020 жылы=2020']);
  });
});
