/**
 * "Сол күні", "в тот же день", "келесі күні", "на следующий день" refer back to a day the story
 * told. A clause told as done cannot have happened on a day told as still ahead (what someone said
 * of the future): it counts from the last day the story told as happened (dates/nextDay.ts,
 * events/when.ts); a clause told as ahead counts from the day ahead. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const dated = (lang: 'kk' | 'ru', text: string, published: string) =>
  extractSentences(lang, text, published).events.map((e) => `${e.type} ${e.date.edtf}`);

describe('"that day" and "the next day" after a day told as ahead', () => {
  it('a done act "сол күні", "в тот же день" is of the day of the saying, not the day said (kk, ru)', () => {
    const kk = dated('kk', 'Мемлекет басшысы 2 қыркүйекте Жолдау жариялады. Ол референдумды 6 қазанда өткізетінін айтты, ал тиісті Жарлыққа сол күні қол қойылды.', '2024-09-04'); // prettier-ignore
    expect(kk).toContain('decree 2024-09-02');
    expect(kk).not.toContain('decree 2024-10-06');
    const ru = dated('ru', 'Президент 2 сентября выступил с Посланием. Он объявил, что референдум пройдет 6 октября. В тот же день он подписал указ.', '2024-09-04'); // prettier-ignore
    expect(ru).toContain('decree 2024-09-02');
    expect(ru).not.toContain('decree 2024-10-06');
  });

  it('"в этот же день" is "в тот же день" (ru)', () => {
    const ru = dated('ru', 'Президент 2 сентября выступил с Посланием. Он объявил, что референдум пройдет 6 октября. В этот же день он подписал указ.', '2024-09-04'); // prettier-ignore
    expect(ru).toContain('decree 2024-09-02');
  });

  it('the next day after the saying, not after the day said (kk, ru)', () => {
    const kk = dated('kk', 'Мемлекет басшысы 2 қыркүйекте Жолдау жариялады. Ол референдумды 6 қазанда өткізетінін айтты. Келесі күні Жарлыққа қол қойылды.', '2024-09-04'); // prettier-ignore
    expect(kk).toContain('decree 2024-09-03');
    const ru = dated('ru', 'Президент 2 сентября выступил с Посланием. Он объявил, что референдум пройдет 6 октября. На следующий день он подписал указ.', '2024-09-04'); // prettier-ignore
    expect(ru).toContain('decree 2024-09-03');
  });

  it('with no day of the saying told, never the day ahead (kk, ru)', () => {
    const kk = dated('kk', 'Президент референдумды 6 қазанда өткізетінін айтты, ал тиісті Жарлыққа сол күні қол қойылды.', '2024-09-04'); // prettier-ignore
    expect(kk.filter((e) => e.startsWith('decree'))).toEqual(['decree 2024-09-04']);
    const ru = dated('ru', 'Президент объявил, что референдум пройдет 6 октября. В тот же день он подписал указ.', '2024-09-04'); // prettier-ignore
    expect(ru.filter((e) => e.startsWith('decree'))).toEqual(['decree 2024-09-04']);
  });

  it('a clause told as ahead is on the day ahead (kk, ru)', () => {
    expect(dated('kk', 'Референдум 6 қазанда өтеді. Сол күні мәслихат сайлауы да өтеді.', '2024-09-04')).toContain('election 2024-10-06'); // prettier-ignore
    expect(dated('ru', 'Референдум пройдет 6 октября. В тот же день состоятся выборы в маслихаты.', '2024-09-04')).toContain('election 2024-10-06'); // prettier-ignore
  });

  it('after a day told as done, that day (kk, ru)', () => {
    expect(dated('kk', 'Референдум 2022 жылғы 5 маусымда өтті. Сол күні Президент Жарлыққа қол қойды.', '2024-09-04')).toContain('decree 2022-06-05'); // prettier-ignore
    expect(dated('ru', 'Референдум прошел 6 октября. В тот же день президент подписал указ.', '2024-10-10')).toContain('decree 2024-10-06'); // prettier-ignore
  });

  it('what is done at a gathering told as ahead ("Онда", "На нём") is on its day', () => {
    expect(dated('kk', 'Саммит 4 шілдеде өтеді. Онда декларацияға қол қою жоспарланған.', '2024-07-03')).toContain('other 2024-07-04'); // prettier-ignore
    expect(dated('ru', 'Саммит пройдет 6 октября. На нём стороны подпишут декларацию.', '2024-09-04')).toContain('other 2024-10-06'); // prettier-ignore
  });
});
