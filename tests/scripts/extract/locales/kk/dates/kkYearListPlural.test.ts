import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "2019 және 2020 жылдары" (in 2019 and 2020): the plural "жылдары" belongs to the list, so a
 * round last year is that year, not its decade ("2020 жылдары" alone stays the 2020s). Its value
 * was 202. Generated: every link word and the comma, lists of two and three, every plural case.
 */
const tag = (text: string) =>
  tagDates(`Ол ${text} жұмыс істеді .`, { lang: 'kk' }).map((t) => [t.text, t.value]);

const LINKS = ['және', 'мен', ','];
const PLURALS = ['жылдары', 'жылдарда', 'жылдардағы', 'жылдардың'];

describe('Kazakh year lists with a round last year', () => {
  it.each(LINKS)('"2019 %s 2020 жылдар…" ends with the year 2020', (link) => {
    const wrong = PLURALS.flatMap((p) => {
      const text = link === ',' ? `2019 , 2020 ${p}` : `2019 ${link} 2020 ${p}`;
      const last = tag(text).at(-1);
      return last?.[1] === '2020' ? [] : [`${text}: ${JSON.stringify(tag(text))}`];
    });
    expect(wrong).toEqual([]);
  });
  it('a list of three: "2017 , 2018 және 2030 жылдары"', () => {
    expect(tag('2017 , 2018 және 2030 жылдары').map(([, v]) => v)).toEqual([
      '2017',
      '2018',
      '2030',
    ]);
  });
  it('alone, or after another round year, "жылдары" is the decade', () => {
    expect(tag('2020 жылдары')).toEqual([['2020 жылдары', '202']]);
    expect(tag('1990 және 2000 жылдары').at(-1)).toEqual(['2000 жылдары', '200']);
  });
});
