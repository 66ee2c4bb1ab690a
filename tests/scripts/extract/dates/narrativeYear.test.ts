import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const values = (lang: 'kk' | 'ru', text: string, dct: string) =>
  tagDates(text, { lang, dct }).map((t) => `${t.text}=${t.value}`);

describe('a paragraph that tells a past year forward keeps that year', () => {
  it('for later days of the year it stated (kk)', () => {
    const text =
      'Бетбұрыс 2022 жылғы қаңтар оқиғаларынан кейін басталды. 16 наурыздағы Жолдауында Президент реформа ұсынды. Бұл ұсыныстар 5 маусымдағы референдумда бекітілді.';
    expect(values('kk', text, '2023-04-03')).toEqual(
      expect.arrayContaining(['16 наурыздағы=2022-03-16', '5 маусымдағы=2022-06-05']),
    );
  });

  it('for later days of the year it stated (ru)', () => {
    const text = 'Все изменилось в январе 2022 года. 16 марта президент выступил с Посланием.';
    expect(values('ru', text, '2023-04-03')).toContain('16 марта=2022-03-16');
  });

  it('not for a day before the stated one, nor one said to lie ahead, nor across a line', () => {
    expect(values('ru', 'Это случилось в мае 2022 года. 16 марта президент выступил.', '2023-04-03')).toContain('16 марта=2023-03-16'); // prettier-ignore
    expect(values('ru', 'Все изменилось в январе 2022 года. 16 мая пройдет съезд.', '2023-04-03')).toContain('16 мая=2023-05-16'); // prettier-ignore
    expect(values('ru', 'Все изменилось в январе 2022 года.\n16 марта президент выступил.', '2023-04-03')).toContain('16 марта=2023-03-16'); // prettier-ignore
  });

  it('not from a year alone, which often names a topic', () => {
    expect(values('ru', 'Итоги 2022 года подвели. 16 марта президент выступил.', '2023-04-03')).toContain('16 марта=2023-03-16'); // prettier-ignore
  });
});
