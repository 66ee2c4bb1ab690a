import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

// prettier-ignore
const MONTHS: [nominative: string, genitive: string, prepositional: string][] = [
  ['январь', 'января', 'январе'], ['февраль', 'февраля', 'феврале'], ['март', 'марта', 'марте'],
  ['апрель', 'апреля', 'апреле'], ['май', 'мая', 'мае'], ['июнь', 'июня', 'июне'],
  ['июль', 'июля', 'июле'], ['август', 'августа', 'августе'], ['сентябрь', 'сентября', 'сентябре'],
  ['октябрь', 'октября', 'октябре'], ['ноябрь', 'ноября', 'ноябре'], ['декабрь', 'декабря', 'декабре'],
];
const pad = (n: number) => String(n).padStart(2, '0');
const ROWS = MONTHS.map(([nom, gen, prep], k) => ({ nom, gen, prep, mm: pad(k + 1) }));

function only(text: string, dct?: string) {
  const found = tagDates(text, { lang: 'ru', ...(dct && { dct }) });
  expect(found.map((t) => t.text)).toHaveLength(1);
  return found[0]!;
}

describe('tagDates on Russian month paradigms', () => {
  it.each(ROWS)('$gen / $nom / $prep in day, month and year phrases', ({ nom, gen, prep, mm }) => {
    expect(only(`Съезд прошёл 5 ${gen} 2022 года.`)).toMatchObject({
      text: `5 ${gen} 2022 года`,
      value: `2022-${mm}-05`,
    });
    expect(only(`1-го ${gen}`, '2022-12-31')).toMatchObject({ text: `1-го ${gen}` });
    expect(only(`в ${prep} 2022 года`)).toMatchObject({
      text: `${prep} 2022 года`,
      value: `2022-${mm}`,
    });
    expect(only(`${nom} 2022 года`).value).toBe(`2022-${mm}`);
    expect(only(`с 5 по 7 ${gen} 2021 года`)).toMatchObject({
      value: `2021-${mm}-05`,
      endValue: `2021-${mm}-07`,
    });
    expect(only(`в ${prep}`)).toMatchObject({ text: prep, value: `XXXX-${mm}` });
  });

  it('tagDates reads a month range across the new year as ending in the next year', () => {
    expect(only('в октябре-январе', '2022-09-01')).toMatchObject({
      value: '2022-10',
      endValue: '2023-01',
    });
  });

  it('tagDates takes the year of a past day from the verb: the latest such day not after the DCT', () => {
    expect(only('Съезд состоялся 6 октября.', '2022-10-05').value).toBe('2021-10-06');
    expect(only('Съезд состоится 6 октября.', '2022-10-07').value).toBe('2023-10-06');
    expect(only('Съезд пройдёт 6 октября.', '2022-10-05')).toMatchObject({
      value: '2022-10-06',
      direction: 'future',
    });
    expect(only('Съезд состоялся 6 октября.')).toMatchObject({ value: 'XXXX-10-06' });
  });

  it('tagDates rejects impossible days instead of writing them', () => {
    expect(tagDates('30 февраля 2022 года', { lang: 'ru' })).toEqual([]);
    expect(tagDates('31 апреля', { lang: 'ru', dct: '2022-03-01' })).toEqual([]);
    expect(only('29 февраля 2024 года').value).toBe('2024-02-29');
  });
});

// DCT Monday 8 September 2025: each weekday of that week in every singular case.
// prettier-ignore
const WEEKDAY_FORMS: [forms: string[], day: string][] = [
  [['понедельник', 'понедельника', 'понедельнику', 'понедельником', 'понедельнике'], '08'],
  [['вторник', 'вторника', 'вторнику', 'вторником', 'вторнике'], '09'],
  [['среда', 'среду', 'среды'], '10'],
  [['четверг', 'четверга', 'четвергу', 'четвергом', 'четверге'], '11'],
  [['пятница', 'пятницу', 'пятницы', 'пятнице', 'пятницей'], '12'],
  [['суббота', 'субботу', 'субботы', 'субботе', 'субботой'], '13'],
  [['воскресенье', 'воскресенья', 'воскресенью', 'воскресеньем'], '14'],
];

describe('tagDates on Russian weekday paradigms', () => {
  it.each(WEEKDAY_FORMS)('%j is a weekday of the publication week', (forms, day) => {
    for (const form of forms)
      expect(only(`К ${form} работа будет завершена.`, '2025-09-08')).toMatchObject({
        text: form,
        value: `2025-09-${day}`,
      });
  });

  it('leaves "среде" (environment) untagged', () => {
    expect(tagDates('В среде экспертов нет согласия.', { lang: 'ru', dct: '2025-09-08' })).toEqual(
      [],
    );
  });
});

describe('a month with its own "прошлом"/"следующем" is never the publication month', () => {
  // Published 10 May 2024: last May is 2023's, next May 2025's; other months the nearest ones.
  it.each(ROWS.map((r, k) => ({ ...r, m: k + 1 })))(
    'в прошлом/следующем $prep',
    ({ prep, mm, m }) => {
      const last = tagDates(`Это было в прошлом ${prep}.`, { lang: 'ru', dct: '2024-05-10' });
      const next = tagDates(`Это будет в следующем ${prep}.`, { lang: 'ru', dct: '2024-05-10' });
      expect(last.map((t) => t.value)).toEqual([`${m < 5 ? 2024 : 2023}-${mm}`]);
      expect(next.map((t) => t.value)).toEqual([`${m > 5 ? 2024 : 2025}-${mm}`]);
    },
  );
});

describe('a part of a month ("в начале/середине/конце марта") is one span, the month its value', () => {
  const PARTS = ['начале', 'середине', 'конце'];
  const cases = ROWS.flatMap(({ gen, mm }) =>
    PARTS.flatMap((part) => [
      { phrase: `${part} ${gen} 2022 года`, value: `2022-${mm}` },
      { phrase: `${part} ${gen} прошлого года`, value: `2023-${mm}` },
    ]),
  );
  it.each(cases)('"в $phrase" is $value', ({ phrase, value }) => {
    const t = tagDates(`Это было в ${phrase}.`, { lang: 'ru', dct: '2024-05-10' });
    expect(t.map((x) => [x.text, x.value])).toEqual([[phrase, value]]);
  });
  it('a day is no month part: "в конце 5 марта" keeps the day alone', () => {
    const t = tagDates('Это было в конце 5 марта.', { lang: 'ru', dct: '2024-05-10' });
    expect(t.map((x) => x.text)).toEqual(['5 марта']);
  });
});
