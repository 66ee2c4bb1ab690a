/**
 * A report's undated acts happened on the day its lead gives the news, when that day is one of the
 * days just before publication; otherwise they keep the publication date. Sentences written for
 * the test, through the whole pipeline (title, lead, then the report's next paragraph).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', lead: string, next: string, published: string) =>
  extractSentences(lang, `${lead}\n\n${next}`, published)
    .events.filter((e) => e.sources[0]!.evidence.some((x) => x.text.includes(next.slice(0, 20))))
    .map((e) => `${e.type} ${e.date.edtf}`);

// [language, lead, next paragraph, publication date, the next paragraph's event]
const ON_THE_LEADS_DAY: Array<['kk' | 'ru', string, string, string, string]> = [
  [
    'kk',
    'Семей қаласында кеше облыстық мәслихаттың кезектен тыс сессиясы өтті.',
    'Мәслихат хатшысы болып Ерлан Сапаров сайланды.',
    '2023-04-05',
    'appointment 2023-04-04',
  ],
  [
    'ru',
    'Вчера в Павлодаре прошла внеочередная сессия областного маслихата.',
    'Секретарем маслихата избран Ерлан Сапаров.',
    '2023-04-05',
    'appointment 2023-04-04',
  ],
  [
    'ru',
    'В понедельник в Уральске прошла сессия городского маслихата.',
    'Секретарем маслихата избран Ерлан Сапаров.',
    '2024-03-07',
    'appointment 2024-03-04',
  ],
  [
    'kk',
    'Қостанайда 2 сәуірде облыстық мәслихаттың сессиясы өтті.',
    'Мәслихат хатшысы болып Ерлан Сапаров сайланды.',
    '2023-04-05',
    'appointment 2023-04-02',
  ],
];

// The lead's day is long before publication (a recall) or is the publication day itself; or the
// lead tells its act today, on yesterday's vote.
const ON_PUBLICATION: Array<['kk' | 'ru', string, string, string, string]> = [
  [
    'kk',
    'Орталық сайлау комиссиясы бүгін кеше өткен Мәжіліс депутаттарын сайлаудың алдын ала қорытындысын жариялады.',
    'Комиссия мүшелері дауыс беру қорытындысы туралы хаттамаға қол қойды.',
    '2023-03-20',
    'other 2023-03-20',
  ],
  [
    'ru',
    'Центризбирком сегодня объявил предварительные итоги прошедших вчера выборов в Мажилис.',
    'Комиссия подписала меморандум о сотрудничестве с миссией наблюдателей.',
    '2023-03-20',
    'other 2023-03-20',
  ],
  [
    'ru',
    '2 марта в Павлодаре прошла сессия областного маслихата.',
    'Секретарем маслихата избран Ерлан Сапаров.',
    '2023-04-05',
    'appointment 2023-04-05',
  ],
  [
    'kk',
    'Семей қаласында бүгін облыстық мәслихаттың сессиясы өтті.',
    'Мәслихат хатшысы болып Ерлан Сапаров сайланды.',
    '2023-04-05',
    'appointment 2023-04-05',
  ],
];

describe("a report's undated acts and the lead's day", () => {
  it.each(ON_THE_LEADS_DAY)('%s: %s / %s (published %s) → %s', (lang, lead, next, pub, want) => {
    expect(kinds(lang, lead, next, pub)).toContain(want);
  });
  it.each(ON_PUBLICATION)('%s: %s / %s (published %s) → %s', (lang, lead, next, pub, want) => {
    expect(kinds(lang, lead, next, pub)).toContain(want);
  });
});

// The lead's later sentences in its own paragraph go on at its day as the next paragraph does
// ("В четверг лидеры встретились в Вашингтоне. Это второй саммит …"); a sentence before the one
// that told the day does not.
const inLeadParagraph = (lang: 'kk' | 'ru', first: string, second: string, published: string) =>
  extractSentences(lang, `${first} ${second}`, published)
    .events.filter((e) => e.sources[0]!.evidence.some((x) => x.text.includes(second.slice(0, 20))))
    .map((e) => `${e.type} ${e.date.edtf}`);

const IN_THE_LEADS_PARAGRAPH: Array<['kk' | 'ru', string, string, string, string]> = [
  [
    'ru',
    'Вчера Мажилис провел пленарное заседание.',
    'Депутаты приняли закон о выборах.',
    '2024-03-14',
    'law 2024-03-13',
  ],
  [
    'kk',
    'Кеше Мәжілістің жалпы отырысы өтті.',
    'Депутаттар сайлау туралы заңды қабылдады.',
    '2024-03-14',
    'law 2024-03-13',
  ],
  [
    'ru',
    'В понедельник в Уральске прошла сессия городского маслихата.',
    'Секретарем маслихата избран Ерлан Сапаров.',
    '2024-03-07',
    'appointment 2024-03-04',
  ],
  [
    'ru',
    'Депутаты приняли закон о выборах.',
    'Вчера Мажилис провел пленарное заседание.',
    '2024-03-14',
    'session 2024-03-13',
  ],
];

describe("the lead's own paragraph after its day", () => {
  it.each(IN_THE_LEADS_PARAGRAPH)('%s: %s %s (published %s) → %s', (lang, a, b, pub, want) => {
    expect(inLeadParagraph(lang, a, b, pub)).toEqual([want]);
  });
  it('a sentence before the day keeps the publication date', () => {
    const events = extractSentences(
      'ru',
      'Депутаты приняли закон о выборах. Вчера Мажилис провел пленарное заседание.',
      '2024-03-14',
    ).events.map((e) => `${e.type} ${e.date.edtf}`);
    expect(events).toContain('law 2024-03-14');
  });
});
