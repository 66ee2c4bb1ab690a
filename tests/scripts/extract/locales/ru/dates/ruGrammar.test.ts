import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

// prettier-ignore
const CASES: [string, string, string, string][] = [
  ['Съезд прошёл 1 марта 2022 года.', '1 марта 2022 года', '2022-03-01', 'DATE'],
  ['Это случилось в марте.', 'марте', '2022-03', 'DATE'],
  ['Заседание 26 апреля.', '26 апреля', '2022-04-26', 'DATE'],
  ['Партия выросла в прошлом году.', 'прошлом году', '2021', 'DATE'],
  ['Опубликовано 06.10.2022', '06.10.2022', '2022-10-06', 'DATE'],
  ['Весной 2022 года', 'Весной 2022 года', '2022-SP', 'DATE'],
  // "прошли", "прошло" are the verb (were held), never "прошлый": the season takes its own year.
  ['Выборы прошли осенью прошлого года', 'осенью прошлого года', '2021-FA', 'DATE'],
  ['Съезды прошли весной этого года', 'весной этого года', '2022-SP', 'DATE'],
  ['Заседание прошло летом', 'летом', '2021-SU', 'DATE'], // told in March: last summer
  ['в 2022 году', '2022 году', '2022', 'DATE'],
  ['три года назад', 'три года назад', '2019', 'DATE'],
  ['через два года', 'через два года', '2024', 'DATE'],
  ['каждый год', 'каждый год', 'P1Y', 'SET'],
  ['сегодня', 'сегодня', '2022-03-01', 'DATE'],
  ['в 1990-х годах', '1990-х годах', '199', 'DATE'],
  ['на прошлой неделе', 'прошлой неделе', '2022-W08', 'DATE'],
  ['в течение 5 лет', '5 лет', 'P5Y', 'DURATION'],
  ['получивший отставку накануне, указом', 'накануне', '2022-02-28', 'DATE'],
  ['Накануне президент подписал указ', 'Накануне', '2022-02-28', 'DATE'], // the subject follows
  ['Накануне в Астане прошел форум', 'Накануне', '2022-02-28', 'DATE'],
  // A masculine nominative, a surname or a past verb after it is no genitive of an event.
  ['Накануне канцлер прибыл в Астану', 'Накануне', '2022-02-28', 'DATE'],
  ['Накануне Токаев провёл переговоры', 'Накануне', '2022-02-28', 'DATE'],
  ['Накануне стало известно о назначении', 'Накануне', '2022-02-28', 'DATE'],
  ['в 2015-м его переизбрали', '2015-м', '2015', 'DATE'],
  ['БИШКЕК, 19 мар — Sputnik.', '19 мар', '2022-03-19', 'DATE'],
  ['Семей.19.12.”Semey', '19.12', '2021-12-19', 'DATE'],
  ['Выборы-2022: итоги', '2022', '2022', 'DATE'],
  ['в период с 2019 по 2022 год', '2019 по 2022 год', '2019', 'DATE'],
  ['в ночь на 5 января', '5 января', '2022-01-05', 'DATE'],
  ['5 января текущего года', '5 января текущего года', '2022-01-05', 'DATE'],
  // "Last Tuesday" said on a Tuesday (2022-03-01) is a week before, not today.
  ['в прошлый вторник прошла встреча', 'прошлый вторник', '2022-02-22', 'DATE'],
  ['в следующий вторник пройдет встреча', 'следующий вторник', '2022-03-08', 'DATE'],
  // One unit with no number; the last century's decades written short.
  ['через неделю пройдут выборы', 'через неделю', '2022-W10', 'DATE'],
  ['Год назад прошли выборы', 'Год назад', '2021', 'DATE'],
  ['в 90-х годах прошли реформы', '90-х годах', '199', 'DATE'],
  // Halves and quarters of a year the text names.
  ['в первой половине 2025 года', 'первой половине 2025 года', '2025-H1', 'DATE'],
  ['во втором полугодии 2021 года', 'втором полугодии 2021 года', '2021-H2', 'DATE'],
  ['в I квартале 2024 года', 'I квартале 2024 года', '2024-Q1', 'DATE'],
  ['в третьем квартале этого года', 'третьем квартале этого года', '2022-Q3', 'DATE'],
  // Weekends (DCT 1 March 2022, a Tuesday): the last one is the previous week's.
  ['В минувшие выходные прошли выборы.', 'минувшие выходные', '2022-W08-WE', 'DATE'],
  ['На прошлых выходных прошли выборы.', 'прошлых выходных', '2022-W08-WE', 'DATE'],
  ['В эти выходные пройдут выборы.', 'эти выходные', '2022-W09-WE', 'DATE'],
  ['На следующих выходных пройдут выборы.', 'следующих выходных', '2022-W10-WE', 'DATE'],
  // A part of the current year, like the Kazakh "жыл соңына дейін".
  ['Сенат завершит работу до конца года.', 'конца года', '2022', 'DATE'],
  ['К концу года закон примут.', 'концу года', '2022', 'DATE'],
  ['В начале года прошли выборы.', 'начале года', '2022', 'DATE'],
];

describe('tagDates (Russian)', () => {
  it.each(CASES)('tagDates(%j) finds %j = %s', (text, span, value, type) => {
    const found = tagDates(text, { lang: 'ru', dct: '2022-03-01' });
    expect(found.map((t) => [t.text, t.value, t.type])).toEqual([[span, value, type]]);
  });

  it('tagDates leaves "выходные" that are no weekend untagged', () => {
    expect(tagDates('Выходные данные книги.', { lang: 'ru', dct: '2022-03-01' })).toEqual([]);
  });

  it('tagDates leaves "накануне" before a noun (the eve of something) and a decimal untagged', () => {
    for (const eve of [
      'выборов',
      'визита',
      'торжеств',
      'саммита',
      'Наурыза',
      'праздников',
      'Нового года',
      'переговоров',
      'заседания',
    ])
      expect(
        tagDates(`Накануне ${eve} лидеры встретились`, { lang: 'ru', dct: '2022-03-01' }),
      ).toEqual([]);
    expect(tagDates('выросла на 19.12 млрд.', { lang: 'ru', dct: '2022-03-01' })).toEqual([]);
    // "A year later" counts from a day the story told; alone it is left untagged.
    expect(tagDates('Год спустя его переизбрали', { lang: 'ru', dct: '2022-03-01' })).toEqual([]);
    expect(tagDates('в 20-х годах', { lang: 'ru', dct: '2022-03-01' })).toEqual([]);
  });

  // Each season in every singular case a preposition governs, before a year: "на лето 2026
  // года" and "с лета 2024 года" were tagged as the bare year.
  const SEASON_CASES = [
    ['SP', ['весна', 'весны', 'весне', 'весну', 'весной']],
    ['SU', ['лето', 'лета', 'лету', 'лете', 'летом']],
    ['FA', ['осень', 'осени', 'осенью']],
    ['WI', ['зима', 'зимы', 'зиме', 'зиму', 'зимой']],
  ] as const;
  const seasonForms = SEASON_CASES.flatMap(([code, forms]) =>
    forms.flatMap((f) => [2019, 2026].map((y) => [`${f} ${y} года`, `${y}-${code}`] as const)),
  );
  it.each(seasonForms)('tagDates reads the season "%s" as %s', (span, value) => {
    const found = tagDates(`Работа идёт с ${span}.`, { lang: 'ru', dct: '2022-03-01' });
    expect(found.map((t) => [t.text, t.value])).toEqual([[span, value]]);
  });

  it('tagDates reads "состоятся" as future for a year-less date', () => {
    const [t] = tagDates('Выборы состоятся 20 ноября.', { lang: 'ru', dct: '2022-12-01' });
    expect(t).toMatchObject({ value: '2023-11-20', direction: 'future' });
  });
});

// prettier-ignore
const ORDINALS_AND_CENTURIES: [string, string, string, string | null][] = [
  ['Съезд прошёл первого марта.', 'первого марта', '2022-03-01', null],
  ['Выборы двадцатого ноября 2022 года', 'двадцатого ноября 2022 года', '2022-11-20', null],
  ['двадцать первого ноября', 'двадцать первого ноября', '2021-11-21', null],
  ['к тридцатого апреля', 'тридцатого апреля', '2022-04-30', null],
  ['третьего мая', 'третьего мая', '2022-05-03', null],
  ['XX век', 'XX век', '19', null],
  ['в XXI веке', 'XXI веке', '20', null],
  ['в ХХ веке (кириллица)', 'ХХ веке', '19', null],
  ['XIX–XX веков', 'XIX–XX веков', '18', '19'],
  ['в двадцатом веке', 'двадцатом веке', '19', null],
];

describe('tagDates (Russian ordinals and centuries)', () => {
  it.each(ORDINALS_AND_CENTURIES)('tagDates(%j) finds %j = %s', (text, span, value, endValue) => {
    const found = tagDates(text, { lang: 'ru', dct: '2022-03-01' });
    expect(found.map((t) => [t.text, t.value, t.endValue ?? null])).toEqual([
      [span, value, endValue],
    ]);
  });

  it('tagDates leaves an ordinal without a month, and a count of centuries, as they are', () => {
    expect(tagDates('первого марша', { lang: 'ru' })).toEqual([]);
    expect(tagDates('пятого созыва', { lang: 'ru' })).toEqual([]);
    // ("первого числа" is a day of the month under way: with no publication date, a reference.)
    expect(tagDates('первого числа', { lang: 'ru' }).map((t) => t.value)).toEqual(['PRESENT_REF']);
    expect(tagDates('пять веков', { lang: 'ru' }).map((t) => t.value)).toEqual(['P500Y']);
  });
});
