/**
 * Days a story counts from a day it told ("На следующий день", "Келесі күні", "сол күні") move with
 * that day when a chronology's year heading or a recall's month gives it its year
 * (dates/storyDays.ts). Run through the whole pipeline, which tags an article paragraph by
 * paragraph: sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../events/extractSentences';

const LEAD = {
  ru: 'Вспоминаем главные события последних лет в политической жизни Казахстана, от отставки первого президента до январских событий.',
  kk: 'Соңғы жылдардағы Қазақстанның саяси өміріндегі басты оқиғаларды Тұңғыш Президенттің отставкасынан бастап еске түсіреміз.',
};

const dated = (lang: 'kk' | 'ru', paragraphs: string[], published: string) =>
  extractSentences(lang, [LEAD[lang], ...paragraphs].join('\n\n'), published).events.map(
    (e) => `${e.type} ${e.date.edtf}`,
  );

describe('a day the story counted moves with the day it counted from', () => {
  it('under a year heading: the next day is of that year, not of the publication (ru, kk)', () => {
    const ru = dated('ru', ['2019 год', '19 марта Нурсултан Назарбаев объявил о сложении полномочий. На следующий день Касым-Жомарт Токаев принял присягу президента.', '2022 год', '5 января Токаев принял отставку правительства. На следующий день он подписал указ о введении режима ЧП.'], '2024-06-01'); // prettier-ignore
    expect(ru).toEqual(expect.arrayContaining(['inauguration 2019-03-20', 'decree 2022-01-06']));
    expect(ru.filter((e) => /2024-0[13]/u.test(e))).toEqual([]);
    const kk = dated('kk', ['2019 жыл', '19 наурызда Нұрсұлтан Назарбаев өкілеттігін мерзімінен бұрын тоқтатты. Келесі күні Қасым-Жомарт Тоқаев Президент ретінде ант берді.', '2022 жыл', '5 қаңтарда Тоқаев Үкіметтің отставкасын қабылдады. Келесі күні ол төтенше жағдай енгізу туралы Жарлыққа қол қойды.'], '2024-06-01'); // prettier-ignore
    expect(kk).toEqual(expect.arrayContaining(['inauguration 2019-03-20', 'decree 2022-01-06']));
    expect(kk.filter((e) => /2024-0[13]/u.test(e))).toEqual([]);
  });

  it('"сол күні" and a chain of next days stay in the section (kk)', () => {
    const kk = dated('kk', ['2022 жыл', '5 қаңтарда Тоқаев Үкіметтің отставкасын қабылдады. Келесі күні ол ҰҚШҰ-ға жүгінді. Сол күні Мемлекет басшысы төтенше жағдай енгізу туралы Жарлыққа қол қойды.'], '2024-06-01'); // prettier-ignore
    expect(kk).toContain('decree 2022-01-06');
  });

  it('counts across a month end in the section’s year (28 February 2019 + 1 is 1 March)', () => {
    const ru = dated('ru', ['2019 год', '28 февраля президент принял отставку правительства. На следующий день он подписал указ о назначении нового премьера.'], '2024-06-01'); // prettier-ignore
    expect(ru).toContain('appointment 2019-03-01');
  });

  it('a section with no day yet counts from the day the lead told, in its year ("this day in history")', () => {
    const ru = extractSentences('ru', ['Сегодня, 19 марта, вспоминаем события, которые изменили политическую жизнь Казахстана за последние годы.', '2019 год', 'Нурсултан Назарбаев объявил о сложении полномочий. На следующий день Касым-Жомарт Токаев принял присягу президента.'].join('\n\n'), '2025-03-19'); // prettier-ignore
    expect(ru.events.map((e) => `${e.type} ${e.date.edtf}`)).toContain('inauguration 2019-03-20');
  });

  it('"that day" and "тогда же" after the next day are that next day, not the section’s year (kk, ru)', () => {
    // (Published the day before: the next day, in the publication's year, would lie ahead of it.)
    const kk = dated('kk', ['2019 жыл', 'Нұрсұлтан Назарбаев 19 наурызда өкілеттігін тоқтатты. Келесі күні Қасым-Жомарт Тоқаев ант берді. Сол күні елорданың атауын өзгерту ұсынылды.'], '2025-03-19'); // prettier-ignore
    expect(kk).toEqual(expect.arrayContaining(['inauguration 2019-03-20', 'proposal 2019-03-20']));
    const ru = dated('ru', ['2019 год', 'Нурсултан Назарбаев объявил о сложении полномочий 19 марта. На следующий день Касым-Жомарт Токаев принес присягу. Тогда же было предложено переименовать столицу.'], '2025-03-19'); // prettier-ignore
    expect(ru).toEqual(expect.arrayContaining(['inauguration 2019-03-20', 'proposal 2019-03-20']));
  });

  it('a next day in a later section, before any day of its own, is only of the section’s year', () => {
    const ru = dated('ru', ['2019 год', '19 марта Нурсултан Назарбаев объявил о сложении полномочий.', '2020 год', 'На следующий день после объявления режима ЧП президент подписал указ о карантине.'], '2024-06-01'); // prettier-ignore
    expect(ru.filter((e) => e.startsWith('decree'))).toEqual(['decree 2020']);
  });

  it('in a recall: the next day is of the year the article gave its month (ru)', () => {
    const ru = dated('ru', ['В январе 2022 года Казахстан пережил самый тяжелый кризис за годы независимости.', 'Напомним, 5 января президент принял отставку правительства. На следующий день он подписал указ о введении режима ЧП.'], '2024-06-01'); // prettier-ignore
    expect(ru).toContain('decree 2022-01-06');
  });

  it('leaves a next day counted from a day that kept its year (news of this year)', () => {
    const ru = dated('ru', ['5 марта президент принял отставку правительства. На следующий день он подписал указ о назначении премьера.'], '2024-06-01'); // prettier-ignore
    expect(ru).toContain('appointment 2024-03-06');
  });
});
