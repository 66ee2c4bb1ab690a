/**
 * A year inside a participle phrase set before its noun is the participle's act's, and frames no
 * other date of the sentence: "Созданная в 2019 году партия провела съезд 5 марта" dated the
 * congress 5 March 2019, the year-less day taking the founding's year. The day is the latest past
 * 5 March (published 12 March 2026), or the next one for a future verb. Generated over nouns with
 * their agreeing participles, what stands between participle and date, the noun's adjectives, the
 * main verb's tense, and the year's form; controls keep a year that is the sentence's own.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { kindsAndDays } from '../../../events/extractSentences';

const DCT = '2026-03-12';
const valueOf = (text: string, span: string) =>
  tagDates(text, { lang: 'ru', dct: DCT }).find((t) => t.text === span)?.value;

// [noun, participle stem + ending agreeing with it, the main verb past, future]
const NOUNS: Array<[string, string, string, string]> = [
  ['партия', 'Созданная', 'провела съезд', 'проведет съезд'],
  ['движение', 'Основанное', 'провело форум', 'проведет форум'],
  ['блок', 'Образованный', 'провел конференцию', 'проведет конференцию'],
  ['партии', 'Созданные', 'провели съезды', 'проведут съезды'],
  ['комиссия', 'Учрежденная', 'завершила работу', 'завершит работу'],
];
/** What stands between the participle and its date: nothing, a place, an agent. */
const BETWEEN = ['', ' на съезде', ' президентом', ' в Астане'];
/** The noun's adjectives between the date and the noun. */
const ADJECTIVES = ['', 'новая '];
const YEARS = ['в 2019 году', 'в марте 2019 года'];
const TENSES: Array<[2 | 3, string, string]> = [
  [2, '5 марта', '2026-03-05'],
  [3, '5 мая', '2026-05-05'],
];

describe('a year in a participle phrase before its noun frames no other date', () => {
  const cases = NOUNS.flatMap(([noun, participle, ...verbs]) =>
    BETWEEN.flatMap((between) =>
      YEARS.flatMap((year) =>
        TENSES.map(([k, day, iso]) => {
          const adjective = noun === 'партия' ? ADJECTIVES[between.length % 2]! : '';
          return {
            text: `${participle}${between} ${year} ${adjective}${noun} ${verbs[k - 2]} ${day}.`,
            day,
            iso,
          };
        }),
      ),
    ),
  );
  it.each(cases)('"$text": $day is $iso', ({ text, day, iso }) => {
    expect(valueOf(text, day)).toBe(iso);
  });
  it('the congress is of its own year, the founding of 2019', () => {
    expect(kindsAndDays('ru', 'Созданная в 2019 году партия провела съезд 5 марта.', DCT)).toEqual(['other 2019', 'congress 2026-03-05']); // prettier-ignore
  });
  it('a year the sentence states frames its day ("В 2019 году партия провела съезд 5 марта")', () => {
    expect(valueOf('В 2019 году партия провела съезд 5 марта.', '5 марта')).toBe('2019-03-05');
  });
  it('a subject before the year is no participle phrase ("Иностранные наблюдатели в 2019 году отметили 5 марта нарушения")', () => {
    expect(valueOf('Иностранные наблюдатели в 2019 году отметили 5 марта нарушения.', '5 марта')).toBe('2019-03-05'); // prettier-ignore
  });
});
