/**
 * A list of dates that names the act's noun again with each one ("выборов 20 марта 2016 года и
 * выборов 10 января 2021 года", "2016 жылғы 20 наурыздағы сайлау және 2021 жылғы 10 қаңтардағы
 * сайлау") tells an act on each date, as a bare list of dates already did. A cue with a hyphen
 * ("Нур-Султан", "вице-министр") must not break the pattern built from it. Sentences written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const at = (lang: 'kk' | 'ru', s: string) => kindsAndDays(lang, `Мәтін.\n\n${s}`, '2024-12-14');

describe('a list of dates with the noun repeated', () => {
  it.each([
    ['ru', 'Расклад сохранился после выборов 20 марта 2016 года и выборов 10 января 2021 года.'],
    [
      'ru',
      'Расклад сохранился после выборов 20 марта 2016 года и досрочных выборов 10 января 2021 года.',
    ],
    [
      'kk',
      'Бұл жағдай 2016 жылғы 20 наурыздағы сайлау және 2021 жылғы 10 қаңтардағы сайлау кезінде де сақталды.',
    ],
  ] as const)('%s: %s', (lang, s) => {
    expect(at(lang, s)).toEqual(['election 2016-03-20', 'election 2021-01-10']);
  });
  it('another noun between the dates is no list of this act', () => {
    expect(
      at(
        'ru',
        'Расклад сохранился после выборов 20 марта 2016 года и референдума 5 июня 2022 года.',
      ),
    ).not.toContain('election 2022-06-05');
  });
  it('a hyphenated cue ("премьер-министром") does not fail the article', () => {
    const got = at(
      'ru',
      'Мажилис утвердил Алихана Смаилова премьер-министром 11 января 2022 года и 5 июня 2023 года.',
    );
    expect(got).toContain('appointment 2022-01-11');
  });
});
