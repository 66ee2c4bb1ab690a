import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

/** text=value of every date the tagger finds in a whole article (its lines are paragraphs). */
const values = (lang: 'kk' | 'ru', lines: string[], dct?: string) =>
  tagDates(lines.join('\n'), { lang, ...(dct ? { dct } : {}) }).map((t) => `${t.text}=${t.value}`);

describe('a chronology: date-led paragraphs take the year of their run', () => {
  it('after an opener that states its year (kk, an anniversary timeline five years on)', () => {
    const got = values(
      'kk',
      [
        'Билік транзиті: хронология',
        '',
        '2019 жылғы 19 наурыз – Тұңғыш Президент өкілеттігін тоқтататынын мәлімдеді.',
        '',
        '20 наурыз – Тоқаев ант берді.',
        '',
        '23 наурызда елорданың атауы өзгертілді.',
        '',
        '9 маусым – сайлау өтті. 12 маусымда ұлықтау рәсімі өтті.',
      ],
      '2024-03-19',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        '20 наурыз=2019-03-20',
        '23 наурызда=2019-03-23',
        '9 маусым=2019-06-09',
        '12 маусымда=2019-06-12',
      ]),
    );
  });

  it('under year headings, whatever a full date in an aside says (ru, no publication date)', () => {
    const got = values('ru', [
      '1999 год',
      '1 марта — учредительный съезд партии.',
      'Еще 23 ноября 2021 года Назарбаев заявил о готовности уйти.',
      '2022 год',
      '28 января — внеочередной съезд.',
      '1 марта — партия переименована.',
    ]);
    expect(got).toEqual(
      expect.arrayContaining(['1 марта=1999-03-01', '28 января=2022-01-28', '1 марта=2022-03-01']),
    );
  });

  it('steps into the next year from late in the year back to its start', () => {
    const got = values('ru', ['20 ноября 2022 года — выборы президента.', '26 ноября — инаугурация.', '19 января — указ о выборах.'], '2025-05-01'); // prettier-ignore
    expect(got).toEqual(expect.arrayContaining(['26 ноября=2022-11-26', '19 января=2023-01-19']));
  });

  it('under a year heading, the paragraph right below tells that year though no date opens it', () => {
    const lines = [
      '2019 год',
      'Назарбаев объявил об отставке. Через четыре дня, 23 марта, подписан закон.',
      '2020 год',
      'В городах ввели карантин. Он завершился 11 мая.',
    ];
    expect(values('ru', lines, '2025-03-19')).toEqual(
      expect.arrayContaining(['23 марта=2019-03-23', '11 мая=2020-05-11']),
    );
    // Only that paragraph: the next one is the publication's year again.
    const more = [...lines, 'Ограничения сняли 1 июня.'];
    expect(values('ru', more, '2025-03-19').at(-1)).toBe('1 июня=2024-06-01');
  });

  it('ends at a paragraph that does not open with a date', () => {
    const got = values('ru', ['5 января 2022 года начались протесты.', 'Власти ввели режим ЧП.', '3 марта прошло заседание правительства.'], '2024-05-01'); // prettier-ignore
    expect(got).toContain('3 марта=2024-03-03');
  });

  it('leaves news that only opens a paragraph with a recent day at the publication’s year', () => {
    const got = values('ru', ['Сегодня в Астане прошел форум.', '3 марта президент подписал указ.'], '2024-05-01'); // prettier-ignore
    expect(got).toContain('3 марта=2024-03-03');
  });
});
