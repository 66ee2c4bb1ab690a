import { describe, expect, it } from 'vitest';
import { fillContextYears } from '../../../../scripts/extract/dates/contextYear';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const values = (text: string, lang: 'kk' | 'ru' = 'kk') =>
  tagDates(text, { lang }).map((t) => [t.text, t.value, t.anchor]);

describe('fillContextYears', () => {
  it('fillContextYears takes the year of a full date with the same day, even one stated later', () => {
    expect(values('6 октября съезд. Съезд назначен на 6 октября 2022 года.', 'ru')).toEqual([
      ['6 октября', '2022-10-06', 'context'],
      ['6 октября 2022 года', '2022-10-06', 'absolute'],
    ]);
  });

  it('fillContextYears frames the dates around a day the text names again with its year', () => {
    // "15 наурызда" is 2026 by its namesake at the end, and it frames "10 ақпанда" after it,
    // which had taken the year of the recalled 2024 vote, the first full date after it.
    const text =
      '15 наурызда өтетін референдумға дайындық жүріп жатыр. Комиссиялар 10 ақпанда бекітілді. ' +
      '2024 жылғы 6 қазанда өткен референдумда белсенділік төмен болды. ' +
      'Жарлық референдумды 2026 жылғы 15 наурызға тағайындады.';
    expect(values(text).map(([t, v]) => [t, v])).toEqual([
      ['15 наурызда', '2026-03-15'],
      ['10 ақпанда', '2026-02-10'],
      ['2024 жылғы 6 қазанда', '2024-10-06'],
      ['2026 жылғы 15 наурызға', '2026-03-15'],
    ]);
  });

  it('fillContextYears prefers the nearest full date before, then a year alone before', () => {
    expect(values('2021 жылғы 5 мамырда келді. 2023 жылы бітті. 10 қаңтарда ашылды.')).toEqual([
      ['2021 жылғы 5 мамырда', '2021-05-05', 'absolute'],
      ['2023 жылы', '2023', 'absolute'],
      ['10 қаңтарда', '2021-01-10', 'context'],
    ]);
    expect(values('Сайлау-2022: 20 қарашада өтті.')).toEqual([
      ['2022', '2022', 'absolute'],
      ['20 қарашада', '2022-11-20', 'context'],
    ]);
  });

  it('fillContextYears takes no frame from a year a lasting state counts from ("since 2004")', () => {
    const ru = values('Впервые с 2004 года депутатов избирают по округам. Присягу приняли 29 марта.', 'ru'); // prettier-ignore
    expect(ru.at(-1)).toEqual(['29 марта', 'XXXX-03-29', 'none']);
    const kk = values('2004 жылдан бері алғаш рет округтер бар. Ант 29 наурызда берілді.');
    expect(kk.at(-1)).toEqual(['29 наурызда', 'XXXX-03-29', 'none']);
    // A year the text is telling still frames it.
    expect(values('2004 жылы округтер болды. Ант 29 наурызда берілді.').at(-1)).toEqual([
      '29 наурызда',
      '2004-03-29',
      'context',
    ]);
  });

  it('fillContextYears takes no frame from the years a plan or budget is for', () => {
    const ru = values('Бюджет на 2026–2028 годы обсудили. Сессия пройдет 20 декабря.', 'ru');
    expect(ru.at(-1)).toEqual(['20 декабря', 'XXXX-12-20', 'none']);
    const kk = values('2026 жылға арналған бюджет талқыланды. Сессия 20 желтоқсанда өтеді.');
    expect(kk.at(-1)).toEqual(['20 желтоқсанда', 'XXXX-12-20', 'none']);
  });

  it('fillContextYears leaves the dates of a year said relative to an unknown now year-less', () => {
    const ru = values('Закон принят в 2023 году. В текущем году бюджет правили в апреле.', 'ru');
    expect(ru.at(-1)).toEqual(['апреле', 'XXXX-04', 'none']);
    const kk = values('Сайлау 2022 жылы өтті. Былтыр наурызда съезд болды.');
    expect(kk.at(-1)).toEqual(['наурызда', 'XXXX-03', 'none']);
    // The next sentence is framed again.
    expect(values('Сайлау 2022 жылы өтті. Былтыр съезд болды. Наурызда сессия ашылды.').at(-1)).toEqual(['Наурызда', '2022-03', 'context']); // prettier-ignore
  });

  it('fillContextYears leaves XXXX when only a year alone follows (a topic, not a time frame)', () => {
    expect(values('7 февраля подведут итоги за 2023 год.', 'ru')).toEqual([
      ['7 февраля', 'XXXX-02-07', 'none'],
      ['2023 год', '2023', 'absolute'],
    ]);
  });

  it('fillContextYears works across the paragraphs of one article', () => {
    const a = tagDates('2021 жылдың 10 қаңтарында сайлау.', { lang: 'kk' });
    const b = tagDates('Сайлау 10 қаңтарда өтеді.', { lang: 'kk' }).map((t) => ({
      ...t,
      start: t.start + 100,
      end: t.end + 100,
    }));
    expect(fillContextYears([...a, ...b]).map((t) => t.value)).toEqual([
      '2021-01-10',
      '2021-01-10',
    ]);
  });
  it('fillContextYears sets a day told ahead after the latest day told as past', () => {
    // The nearest full date is a recalled 2022 vote, but the text's present is after 29 March 2023.
    const ru =
      'Вас избрали 19 марта 2023 года. Мы приняли присягу 29 марта. ' +
      'Референдум 5 июня 2022 года многое поменял. Сессия откроется 1 сентября.';
    expect(values(ru, 'ru').map(([t, v]) => [t, v])).toEqual([
      ['19 марта 2023 года', '2023-03-19'],
      ['29 марта', '2023-03-29'],
      ['5 июня 2022 года', '2022-06-05'],
      ['1 сентября', '2023-09-01'],
    ]);
    // A day before the latest told one falls in the next year ("15 наурызда ант берді … 10 ақпанда өтеді").
    const kk =
      '2023 жылғы 19 наурызда сайлау болды. Ант 29 наурызда берілді. ' +
      '2022 жылғы 5 маусымда референдум өтті. Келесі сессия 10 ақпанда ашылады.';
    expect(values(kk).at(-1)).toEqual(['10 ақпанда', '2024-02-10', 'context']);
    // Without a day told as past, the nearest year frames a day ahead as before.
    expect(values('2022 жылғы 5 маусымда референдум. Сессия 1 қыркүйекте ашылады.').at(-1)).toEqual(
      ['1 қыркүйекте', '2022-09-01', 'context'],
    );
  });
  it('fillContextYears counts a full date told as past among the days the text has lived', () => {
    // The lead's day, told as past, is no earlier than the text's present: a day set ahead comes
    // after it, though the last year named before it is an older one.
    const ru =
      '14 февраля 2024 года прошла конференция партии. Эту меру президент предложил в Послании ' +
      '16 марта 2022 года. Съезд партии запланирован на апрель.';
    expect(values(ru, 'ru').at(-1)).toEqual(['апрель', '2024-04', 'context']);
    const kk =
      '2024 жылғы 14 ақпанда партияның конференциясы өтті. Бұл шараны Президент 2022 жылғы ' +
      '16 наурызда ұсынған. Партия съезі сәуірде өтеді.';
    expect(values(kk).at(-1)).toEqual(['сәуірде', '2024-04', 'context']);
    // A full date told ahead sets no floor: "2022 жылғы 5 маусымда өтеді" leaves the text's present open.
    expect(
      values(
        'Референдум 5 июня 2022 года пройдет по всей стране. Сессия откроется 1 сентября.',
        'ru',
      ).at(-1),
    ).toEqual(['1 сентября', '2022-09-01', 'context']);
  });
});
