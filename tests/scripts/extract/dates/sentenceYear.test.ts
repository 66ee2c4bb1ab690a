import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const values = (lang: 'kk' | 'ru', text: string, dct = '2024-05-10') =>
  tagDates(text, { lang, dct }).map((t) => `${t.text}=${t.value}`);

describe('a year-less date takes the year its sentence states before it', () => {
  it('in the same month, across a comma', () => {
    expect(values('ru', 'После событий января 2022 года, начавшихся с протестов 2 января, всё изменилось.')).toContain('2 января=2022-01-02'); // prettier-ignore
    expect(values('kk', '2022 жылғы қаңтарда, 5 қаңтарда төтенше жағдай енгізілді.')).toContain('5 қаңтарда=2022-01-05'); // prettier-ignore
  });

  it('also when the article has no publication date (the year is not otherwise known)', () => {
    const tagged = tagDates('Смена произошла в феврале 2024 года: 5 февраля кабинет ушёл в отставку, а на следующий день назначен премьер.', { lang: 'ru' }); // prettier-ignore
    expect(tagged.map((t) => `${t.text}=${t.value}`)).toEqual([
      'феврале 2024 года=2024-02',
      '5 февраля=2024-02-05',
      'следующий день=2024-02-06',
    ]);
  });

  it('not from a Kazakh year that describes another noun by its participle', () => {
    // "the party founded in 2019 held its congress on 2 March": the congress is this year's.
    expect(values('kk', '2019 жылы құрылған партия 2 наурызда съезін өткізді.')).toContain('2 наурызда=2024-03-02'); // prettier-ignore
    expect(values('kk', '2019 жылы сайлау 9 маусымда өтті.')).toContain('9 маусымда=2019-06-09');
  });

  it('through an apposition: a comma with no words between is no clause boundary', () => {
    expect(values('ru', 'В 2022 году, 5 июня, прошёл референдум.')).toContain('5 июня=2022-06-05');
    expect(values('kk', '2022 жылы, 5 маусымда, референдум өтті.')).toContain('5 маусымда=2022-06-05'); // prettier-ignore
  });

  it('in the same clause, any month', () => {
    expect(values('ru', 'В 2022 году референдум прошёл 5 июня.')).toContain('5 июня=2022-06-05');
    expect(values('kk', '2019 жылы сайлау 9 маусымда өтті.')).toContain('9 маусымда=2019-06-09');
  });

  it('not across a clause boundary to another month (the other date may be another event)', () => {
    // A story told forward: the readings of February and April follow the September of 2023.
    expect(values('ru', 'Законопроект внесли в сентябре 2023 года, одобрили в первом чтении 14 февраля и приняли 3 апреля.', '2024-06-19')).toEqual(['сентябре 2023 года=2023-09', '14 февраля=2024-02-14', '3 апреля=2024-04-03']); // prettier-ignore
    expect(values('kk', '2019 жылы наурызда сайланған ол, 20 қарашада қайта сайланды.')).toContain('20 қарашада=2023-11-20'); // prettier-ignore
  });

  it('not from a year named as a purpose, nor across a sentence', () => {
    expect(values('ru', 'Бюджет на 2025 год утвердили 5 декабря.')).toContain(
      '5 декабря=2023-12-05',
    );
    expect(values('kk', '2025 жылға арналған бюджет 5 желтоқсанда бекітілді.')).toContain('5 желтоқсанда=2023-12-05'); // prettier-ignore
    // (A year told as the time of a past verb, "Это было в 2019 году.", does frame the sentences
    // after it: narrativeYear.ts. A year naming a topic does not.)
    expect(values('ru', 'Итоги 2019 года подвели. Выборы прошли 9 июня.')).toContain(
      '9 июня=2023-06-09',
    );
  });

  it('from a year named relative to now, and never from a year a state counts from', () => {
    expect(values('kk', '2022 жылдан бері істеген ол былтыр наурызда қайта бекітілді.')).toContain('наурызда=2023-03'); // prettier-ignore
    expect(values('ru', 'С 2022 года он работал, а в прошлом году в марте был утверждён.')).not.toContain('марте=2022-03'); // prettier-ignore
    // A month and year it counts from still frames the same month.
    expect(values('ru', 'Он возглавлял кабмин с января 2022 года: назначен 11 января.')).toContain('11 января=2022-01-11'); // prettier-ignore
  });

  it('leaves deictic and relative dates alone', () => {
    expect(values('ru', 'В 2019 году, как и сегодня, всё решилось.')).toContain(
      'сегодня=2024-05-10',
    );
    expect(values('kk', '2019 жылы, биылғы наурызда да өтті.')).toContain(
      'биылғы наурызда=2024-03',
    );
  });
});
