/**
 * An undated act narrated in the simple past in a paragraph that tells only a time long before
 * publication is background, not the news of the publication day (events/newsStory.ts); the same
 * act after a paragraph of the news days, or timed by another event, keeps the publication date.
 * Sentences written for the test, run through the whole pipeline after a headline and a lead told
 * "today".
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-03-12';
/** A headline and its lead (two sentences: running text), told "today". */
const LEAD = {
  ru: 'Президент провел телефонный разговор с президентом Узбекистана\n\nСегодня Касым-Жомарт Токаев провел телефонный разговор с Шавкатом Мирзиёевым. Стороны обсудили торговлю и транспорт.',
  kk: 'Президент Өзбекстан Президентімен телефон арқылы сөйлесті\n\nБүгін Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен телефон арқылы сөйлесті. Тараптар сауда мен көлікті талқылады.',
};
/** Sentences that tell a time long past, and sentences of the news days. */
const PAST = {
  ru: [
    'Статус омбудсмена закреплен в Конституции после референдума 5 июня 2022 года.',
    'В 2019 году парламент изменил порядок выборов акимов.',
    'Первый созыв маслихата был избран в марте 2021 года.',
  ],
  kk: [
    'Конституцияға түзетулер 2022 жылғы 5 маусымда өткен референдумда қолдау тапты.',
    'Парламент 2019 жылы әкімдерді сайлау тәртібін өзгертті.',
    'Мәжіліс депутаттары 2023 жылғы 19 наурызда сайланды.',
  ],
};
const RECENT = {
  ru: 'Вчера депутаты провели заседание постоянной комиссии.',
  kk: 'Кеше депутаттар тұрақты комиссияның отырысын өткізді.',
};
/** Undated acts told in the simple past: [sentence, its kind]. */
const ACTS = {
  ru: [
    ['Затем был принят конституционный закон о статусе уполномоченного.', 'law'],
    ['Позже Сенат одобрил закон о местном самоуправлении.', 'law'],
    ['Мажилис принял закон о выборах.', 'law'],
  ],
  kk: [
    ['Кейін Сенат жергілікті өзін-өзі басқару туралы заңды қабылдады.', 'law'],
    ['Мәжіліс сайлау туралы заңды қабылдады.', 'law'],
  ],
} as const;

const datesOf = (lang: 'kk' | 'ru', text: string, act: string, type: string) =>
  extractSentences(lang, text, PUBLISHED)
    .events.filter(
      (e) =>
        e.type === type && e.sources[0]!.evidence.some((x) => x.text.includes(act.slice(0, 25))),
    )
    .map((e) => e.date.edtf);

describe('an undated act in a paragraph of background is not the news of the day', () => {
  for (const lang of ['ru', 'kk'] as const)
    for (const past of PAST[lang])
      for (const [act, type] of ACTS[lang]) {
        it(`${lang}: ${past} ${act} → not ${PUBLISHED}`, () => {
          const text = `${LEAD[lang]}\n\n${past} ${act}`;
          expect(datesOf(lang, text, act, type)).not.toContain(PUBLISHED);
        });
      }
});

describe('the same act keeps the publication date where it is the news', () => {
  for (const lang of ['ru', 'kk'] as const)
    for (const [act, type] of ACTS[lang].filter(([a]) => !/^(?:Затем|Позже|Кейін)/u.test(a))) {
      it(`${lang}: after a sentence of the news days: ${RECENT[lang]} ${act}`, () => {
        const text = `${LEAD[lang]}\n\n${RECENT[lang]} ${act}`;
        expect(datesOf(lang, text, act, type)).toContain(PUBLISHED);
      });
      it(`${lang}: in a paragraph of its own: ${act}`, () => {
        const text = `${LEAD[lang]}\n\n${PAST[lang][0]}\n\n${act}`;
        expect(datesOf(lang, text, act, type)).toContain(PUBLISHED);
      });
      it(`${lang}: after the background, once a sentence of the news days came: ${act}`, () => {
        const text = `${LEAD[lang]}\n\n${PAST[lang][0]} ${RECENT[lang]} ${act}`;
        expect(datesOf(lang, text, act, type)).toContain(PUBLISHED);
      });
    }

  it('kk: timed by another event than the background told ("Брифингте")', () => {
    const act = 'Брифингте Сенат төрағасы Мәулен Әшімбаев журналистерге мәлімдеме жасады.';
    const text = `${LEAD.kk}\n\n${PAST.kk[2]} ${act}`;
    expect(datesOf('kk', text, act, 'statement')).toContain(PUBLISHED);
  });
});

describe('a sentence that points back at whom the sentence before told goes on at its day', () => {
  /** A gathering of one of the days just before publication, told with its day. */
  const BEFORE = {
    ru: [
      [
        'Вчера у здания акимата собрались около ста жителей, протестуя против тарифов.',
        '2025-03-11',
      ],
      [
        'В понедельник у здания акимата собрались около ста жителей, протестуя против тарифов.',
        '2025-03-10',
      ],
    ],
    kk: [
      [
        'Кеше аудан орталығында жүзге жуық тұрғын жиналып, тарифке наразылық білдірді.',
        '2025-03-11',
      ],
      [
        'Дүйсенбіде аудан орталығында жүзге жуық тұрғын жиналып, тарифке наразылық білдірді.',
        '2025-03-10',
      ],
    ],
  } as const;
  const POINTING = {
    ru: ['С ними встретился аким района.', 'С ним встретился аким района.'],
    kk: ['Олармен аудан әкімі кездесті.', 'Онымен аудан әкімі кездесті.'],
  };
  const NOT_POINTING = { ru: 'Аким района провел встречу.', kk: 'Аудан әкімі кездесу өткізді.' };
  for (const lang of ['ru', 'kk'] as const)
    for (const [before, day] of BEFORE[lang]) {
      for (const act of POINTING[lang])
        it(`${lang}: ${before} ${act} → meeting ${day}`, () => {
          const text = `${LEAD[lang]}\n\n${before} ${act}`;
          expect(datesOf(lang, text, act, 'meeting')).toEqual([day]);
        });
      it(`${lang}: ${before} ${NOT_POINTING[lang]} → the publication day`, () => {
        const text = `${LEAD[lang]}\n\n${before} ${NOT_POINTING[lang]}`;
        expect(datesOf(lang, text, NOT_POINTING[lang], 'meeting')).toEqual([PUBLISHED]);
      });
    }
});
