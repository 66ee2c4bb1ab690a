import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { yearsFromRecall, type MonthYears } from '../../../../scripts/extract/dates/recallYear';

/** Tags each paragraph in turn, as the dates stage does, and lists text=value of all of them. */
function read(lang: 'kk' | 'ru', paragraphs: string[], dct: string): string[] {
  const months: MonthYears = new Map();
  return paragraphs.flatMap((p) =>
    yearsFromRecall(lang, p, tagDates(p, { lang, dct }), months).map((t) => `${t.text}=${t.value}`),
  );
}

describe('yearsFromRecall: a recall paragraph is in the month the article named with its year', () => {
  it('moves recalled days to the named January 2022 (kk)', () => {
    const got = read(
      'kk',
      [
        'Бүгін Алматыда 2022 жылдың қаңтарында қаза тапқандарды еске алды.',
        'Еске салайық, наразылық 2 қаңтарда басталды. 5 қаңтарда төтенше жағдай енгізілді.',
      ],
      '2025-01-05',
    );
    expect(got).toContain('2 қаңтарда=2022-01-02');
    expect(got).toContain('5 қаңтарда=2022-01-05');
  });

  it('does the same after "Напомним" (ru)', () => {
    const got = read(
      'ru',
      [
        'В январе 2022 года в стране начались протесты.',
        'Напомним, 5 января правительство ушло в отставку.',
      ],
      '2025-01-10',
    );
    expect(got).toContain('5 января=2022-01-05');
  });

  it('leaves a day without the recall cue at the reading nearest the publication', () => {
    const got = read(
      'ru',
      ['В январе 2022 года в стране начались протесты.', '5 января президент провёл совещание.'],
      '2025-01-10',
    );
    expect(got).toContain('5 января=2025-01-05');
  });

  it('leaves a recalled day of another month, and dates before the cue, as they were', () => {
    const got = read(
      'kk',
      [
        'Бүгін 2022 жылдың қаңтарында қаза тапқандарды еске алды.',
        '3 наурызда жиын өтті. Еске салайық, 8 ақпанда сот шешім шығарды.',
      ],
      '2025-05-05',
    );
    expect(got).toContain('3 наурызда=2025-03-03');
    expect(got).toContain('8 ақпанда=2025-02-08');
  });

  it('takes the month the recall paragraph itself names with a year', () => {
    const got = read(
      'kk',
      [
        'Еске салайық, 2019 жылғы 20 наурызда Тоқаев ант берді. 9 маусымда сайлау өтті. 12 наурызда жиын болды.',
      ],
      '2024-06-01',
    );
    expect(got).toContain('12 наурызда=2019-03-12');
    // (A later day of the year the paragraph tells goes on in it: narrativeYear.ts.)
    expect(got).toContain('9 маусымда=2019-06-09');
  });

  it('keeps a day named beside "кеше"/"вчера" at the day before the publication', () => {
    const kk = read(
      'kk',
      [
        'Биылғы тамызда 2023 жылғы шілдедегі келісім еске алынды.',
        'Еске салайық, келісім 10 шілдеде жасалды. Кеше, 3 тамызда, министр делегацияны қабылдады.',
      ],
      '2024-08-04',
    );
    expect(kk).toContain('10 шілдеде=2023-07-10');
    expect(kk).toContain('3 тамызда=2024-08-03');
    const ru = read(
      'ru',
      [
        'В августе 2023 года стороны подписали меморандум.',
        'Напомним, вчера, 3 августа, министр провел встречу.',
      ],
      '2024-08-04',
    );
    expect(ru).toContain('3 августа=2024-08-03');
  });

  it('does not take the month of a state that lasts "since" a day for the recall\'s month', () => {
    const kk = read(
      'kk',
      [
        'Еске салайық, ел ұйымға 2023 жылғы 4 шілдеден бері төрағалық етеді. Делегация 2 шілдеде келген.',
      ],
      '2024-07-04',
    );
    expect(kk).toContain('2 шілдеде=2024-07-02');
    const ru = read(
      'ru',
      [
        'Напомним, страна председательствует в организации с 4 июля 2023 года. Делегация прибыла 2 июля.',
      ],
      '2024-07-04',
    );
    expect(ru).toContain('2 июля=2024-07-02');
  });
});
