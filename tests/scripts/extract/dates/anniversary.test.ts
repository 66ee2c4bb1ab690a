/**
 * "2019 жылы осы күні", "в этот день в 2019 году": the publication's month and day in the year
 * written beside them. Generated from the year's forms and the day's, and read in whole articles.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { extractSentences } from '../events/extractSentences';

const values = (lang: 'kk' | 'ru', text: string, dct?: string) =>
  tagDates(text, { lang, ...(dct ? { dct } : {}) }).map((t) => `${t.text}=${t.value}`);

// The year in each of the forms it takes before a day: locative, attributive, genitive, counted back.
const KK_YEARS = ['2019 жылы', '2019 жылғы', '2019 жылдың', 'бес жыл бұрын', '5 жыл бұрын'];
const KK_DAYS = ['осы күні', 'дәл осы күні', 'тура осы күні', 'осы күнде'];

describe('an anniversary: a year beside "this day"', () => {
  it.each(KK_YEARS.flatMap((y) => KK_DAYS.map((d) => [y, d] as const)))(
    'kk "%s %s" is the publication day in that year',
    (year, day) => {
      const phrase = `${year} ${day}`;
      expect(values('kk', `${phrase} Назарбаев өкілеттігін тоқтатты.`, '2024-03-19')).toEqual([
        `${phrase}=2019-03-19`,
      ]);
    },
  );

  it.each([
    ['В этот день в 2019 году', 'этот день в 2019 году'],
    ['В этот день 2019 года', 'этот день 2019 года'],
    ['В 2019 году в этот день', '2019 году в этот день'],
    ['Пять лет назад в этот день', 'Пять лет назад в этот день'],
    ['Ровно пять лет назад, в этот день,', 'пять лет назад, в этот день'],
  ])('ru "%s" is the publication day in that year', (opener, span) => {
    expect(values('ru', `${opener} Назарбаев ушел в отставку.`, '2024-03-19')).toEqual([
      `${span}=2019-03-19`,
    ]);
  });

  it('keeps only the year where the publication date is not known (no day is invented)', () => {
    expect(values('kk', '2019 жылы осы күні Назарбаев өкілеттігін тоқтатты.')).toEqual([
      '2019 жылы осы күні=2019',
    ]);
    expect(values('ru', 'В этот день в 2019 году Назарбаев ушел в отставку.')).toEqual([
      'этот день в 2019 году=2019',
    ]);
  });

  it('says the year alone for 29 February in a common year', () => {
    expect(values('kk', '2019 жылы осы күні съезд өтті.', '2024-02-29')).toEqual([
      '2019 жылы осы күні=2019',
    ]);
  });

  it('leaves "this day" alone, and a year across a sentence or a paragraph end', () => {
    expect(values('kk', 'Осы күні Мәжіліс заңды қабылдады.', '2024-03-19')).toEqual([
      'Осы күні=2024-03-19',
    ]);
    expect(
      values('ru', 'Закон приняли в 2019 году. В этот день президент его подписал.', '2024-03-19'),
    ).not.toContain('2019 году. В этот день=2019-03-19');
    expect(
      values('ru', 'В этот день\n\nВ 2020 году парламент принял поправки.', '2024-03-19'),
    ).toEqual(expect.arrayContaining(['2020 году=2020']));
  });
});

describe('an event recalled on its anniversary', () => {
  it('is placed at the day in its year, not at the article date, whatever year came before', () => {
    const data = extractSentences(
      'ru',
      'Сегодня президент подписал закон о выборах. В 2020 году парламент принял поправки к Конституции. В этот день в 2019 году Нурсултан Назарбаев объявил о сложении полномочий президента.',
      '2024-03-19',
    );
    const resignation = data.events.filter((e) => e.type === 'resignation');
    expect(resignation.map((e) => e.date.edtf)).toEqual(['2019-03-19']);
    expect(resignation[0]?.date.method).toBe('relative-to-publication');
  });

  it('in Kazakh too', () => {
    const data = extractSentences(
      'kk',
      'Бұдан бес жыл бұрын дәл осы күні Нұрсұлтан Назарбаев Президент өкілеттігін тоқтатты.',
      '2024-03-19',
    );
    expect(data.events.filter((e) => e.type === 'resignation').map((e) => e.date.edtf)).toEqual([
      '2019-03-19',
    ]);
  });
});
