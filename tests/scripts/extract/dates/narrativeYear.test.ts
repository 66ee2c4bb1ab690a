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

  it('never moves a date told as past to after the publication', () => {
    const ru = 'Он пообещал, что в 2020 году парламент получит законы. Выборы прошли 9 июня.';
    expect(values('ru', ru, '2019-09-06')).toContain('9 июня=2019-06-09');
    const kk = 'Ол 2020 жылы парламент заңдар алады деді. Сайлау 9 маусымда өтті.';
    expect(values('kk', kk, '2019-09-06')).toContain('9 маусымда=2019-06-09');
  });

  it('not from a year alone, which often names a topic', () => {
    expect(values('ru', 'Итоги 2022 года подвели. 16 марта президент выступил.', '2023-04-03')).toContain('16 марта=2023-03-16'); // prettier-ignore
    expect(values('kk', '2022 жылғы бюджет талқыланды. 16 наурызда Президент сөз сөйледі.', '2023-04-03')).toContain('16 наурызда=2023-03-16'); // prettier-ignore
  });

  it('from a year alone told as the time of a finite past ("2022 жылы өзгерді", "в 2022 году изменилось")', () => {
    expect(values('kk', 'Палатаның рөлі 2022 жылы өзгерді. 5 маусымдағы референдумнан кейін өкілеттік Мәжіліске өтті.', '2025-09-10')).toContain('5 маусымдағы=2022-06-05'); // prettier-ignore
    expect(values('kk', 'Жаңа партия 2019-шы жылы құрылған еді. 12 қазанда оның съезі өтті.', '2021-03-01')).toContain('12 қазанда=2019-10-12'); // prettier-ignore
    expect(values('ru', 'Это было в 2019 году. Выборы прошли 9 июня.', '2023-06-30')).toContain('9 июня=2019-06-09'); // prettier-ignore
    expect(values('ru', 'Роль палаты изменилась в 2022 году. После референдума 5 июня полномочия перешли к Мажилису.', '2025-09-10')).toContain('5 июня=2022-06-05'); // prettier-ignore
  });

  it('not from a year of what is to happen then ("2027 жылы референдумға шығаруды айтты")', () => {
    expect(values('kk', 'Ол мәселені 2027 жылы референдумға шығаруды айтты. Қазан айында жұмыс тобы құрылды.', '2026-01-15')).toContain('Қазан=2025-10'); // prettier-ignore
    expect(values('ru', 'Он предложил в 2027 году провести референдум. В октябре создали рабочую группу.', '2026-01-15')).toContain('октябре=2025-10'); // prettier-ignore
  });
});

describe('a season or a month adjective with its year frames what follows as a month does', () => {
  // Generated over the seasons and the months in them, both languages.
  const SEASONS = [
    ['Весной 2020-го', '2020 жылдың көктемінде', ['мая', 'мамырда'], '05'],
    ['Летом 2020 года', '2020 жылдың жазында', ['июля', 'шілдеде'], '07'],
    ['Осенью 2020 года', '2020 жылдың күзінде', ['октября', 'қазанда'], '10'],
  ] as const;
  for (const [ru, kk, [ruMonth, kkMonth], mm] of SEASONS) {
    it(`"${ru}, …, 2 ${ruMonth}" and "${kk} … 2 ${kkMonth}" are in 2020`, () => {
      expect(values('ru', `${ru}, в разгар пандемии, президент указом от 2 ${ruMonth} продлил режим.`, '2023-03-30')).toContain(`2 ${ruMonth}=2020-${mm}-02`); // prettier-ignore
      expect(values('ru', `${ru} все изменилось. 2 ${ruMonth} президент продлил режим.`, '2023-03-30')).toContain(`2 ${ruMonth}=2020-${mm}-02`); // prettier-ignore
      expect(values('kk', `${kk} бәрі өзгерді. 2 ${kkMonth} Президент режимді ұзартты.`, '2023-03-30')).toContain(`2 ${kkMonth}=2020-${mm}-02`); // prettier-ignore
    });
  }

  it('not for a month before the season (an earlier day of that year is some other year’s)', () => {
    expect(values('ru', 'Осенью 2020 года все изменилось. 2 мая президент выступил.', '2023-03-30')).toContain('2 мая=2022-05-02'); // prettier-ignore
  });

  for (const [adjective, day, mm] of [
    ['Январские события 2022 года', '11 января', '01'],
    ['Январские события 2022 года', '1 февраля', '02'],
    ['Мартовские выборы 2022 года', '16 марта', '03'],
    ['Сентябрьское Послание 2022 года', '21 сентября', '09'],
  ] as const)
    it(`"${adjective} … ${day}" goes on in 2022`, () => {
      expect(values('ru', `${adjective} изменили расклад. После речи президента ${day} спикер ушел с поста.`, '2023-03-30')).toContain(`${day}=2022-${mm}-${day.slice(0, 2).trim().padStart(2, '0')}`); // prettier-ignore
    });

  it('months whose adjective is written with a soft sign frame too ("ноябрьские", "июньского")', () => {
    expect(values('ru', 'Ноябрьские выборы 2022 года изменили расклад. 5 декабря спикер ушел.', '2024-03-30')).toContain('5 декабря=2022-12-05'); // prettier-ignore
    expect(values('ru', 'После июньского референдума 2022 года все изменилось. 1 сентября президент выступил.', '2024-03-30')).toContain('1 сентября=2022-09-01'); // prettier-ignore
  });

  it('a month adjective later than the day does not frame it', () => {
    expect(values('ru', 'Майские праздники 2021 года прошли спокойно. 11 января спикер ушел.', '2023-03-30')).toContain('11 января=2023-01-11'); // prettier-ignore
  });
});
