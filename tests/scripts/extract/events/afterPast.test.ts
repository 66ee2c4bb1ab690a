/**
 * An undated act told as coming after (or during) an event long past is history the article
 * recalls, not the news of the publication day (events/afterPast.ts): "После январских событий
 * президент объявил о реформе" in an article of 2025 is not a reform of that day. The same act
 * after an event of the news days ("После встречи", "Кездесуден кейін") keeps the publication date,
 * and the past event's own date no longer stands for its paragraph's day (sentenceTime.ts).
 * Sentences written for the test, run through the whole pipeline after a headline and a lead.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-08-20';
const LEAD = {
  ru: 'Токаев встретился с пограничниками\n\nГлава государства Касым-Жомарт Токаев сегодня в Акорде встретился с руководством Пограничной службы и обсудил вопросы охраны границы.',
  kk: 'Тоқаев шекарашылармен кездесті\n\nМемлекет басшысы Қасым-Жомарт Тоқаев бүгін Ақордада Шекара қызметінің басшыларымен кездесіп, шекараны күзету мәселелерін талқылады.',
};
/** Events long past, as each language tells an act after them. */
const PAST = {
  ru: [
    'После референдума 5 июня 2022 года',
    'После январских событий',
    'После событий января 2022 года',
    'После мартовского Послания',
    'По итогам январских событий',
    'По итогам выборов 19 марта 2023 года',
    'В ходе визита в Китай в 2019 году',
  ],
  kk: [
    '2022 жылғы 5 маусымдағы референдумнан кейін',
    'Қаңтар оқиғаларынан кейін',
    '2022 жылғы қаңтар оқиғаларынан соң',
    'Наурыздағы Жолдаудан соң',
    '2023 жылғы 19 наурыздағы сайлаудан кейін',
  ],
};
/** Events of the news days. */
const RECENT = {
  ru: ['После встречи', 'По итогам переговоров', 'После вчерашнего заседания'],
  kk: ['Кездесуден кейін', 'Келіссөз қорытындысы бойынша', 'Кешегі отырыстан кейін'],
};
/** Acts told in the simple past, with no date of their own: [clause, its kind, evidence]. */
const ACTS = {
  ru: [
    ['парламент принял новый закон о политических партиях.', 'law'],
    ['президент подписал указ о Пограничной службе.', 'decree'],
    ['в отставку был отправлен аким Алматы.', 'resignation'],
  ],
  kk: [
    ['Президент Шекара қызметі туралы жарлыққа қол қойды.', 'decree'],
    ['Үкімет отставкаға кетті.', 'resignation'],
    ['Президент саяси реформаларды жариялады.', 'reform'],
  ],
} as const;

const datesOf = (lang: 'kk' | 'ru', sentence: string, type: string) =>
  extractSentences(lang, `${LEAD[lang]}\n\n${sentence}`, PUBLISHED)
    .events.filter(
      (e) => e.type === type && e.sources[0]!.evidence.some((x) => x.text === sentence),
    )
    .map((e) => e.date.edtf);

const joined = (_lang: 'kk' | 'ru', when: string, act: string) => `${when} ${act}`;

describe('an undated act after an event long past is not placed at publication', () => {
  for (const lang of ['ru', 'kk'] as const)
    for (const when of PAST[lang])
      for (const [act, type] of ACTS[lang]) {
        const sentence = joined(lang, when, act);
        // (After it: some time later, no day; at it, "В ходе визита …": never the publication's.)
        it(`${lang}: ${sentence}`, () => {
          if (/^(?:После|Вслед)|(?:кейін|соң)$/u.test(when))
            expect(datesOf(lang, sentence, type)).toEqual([]);
          else expect(datesOf(lang, sentence, type)).not.toContain(PUBLISHED);
        });
      }
});

describe('an undated act after an event of the news days is the news', () => {
  for (const lang of ['ru', 'kk'] as const)
    for (const when of RECENT[lang])
      for (const [act, type] of ACTS[lang]) {
        const sentence = joined(lang, when, act);
        it(`${lang}: ${sentence}`, () => {
          expect(datesOf(lang, sentence, type)).toEqual([PUBLISHED]);
        });
      }
});

describe('the date of an event the act is told after is not its paragraph day', () => {
  const NEXT = {
    ru: ['Кроме того, президент подписал указ о Пограничной службе.', 'decree'],
    kk: ['Сондай-ақ Президент Шекара қызметі туралы жарлыққа қол қойды.', 'decree'],
  } as const;
  const OPENS = {
    ru: ['5 июня 2022 года после референдума парламент принял закон о партиях.'],
    kk: [
      '2022 жылғы 5 маусымдағы референдумнан кейін Парламент партиялар туралы заң қабылдады.',
      '2023 жылғы 19 наурыздағы сайлаудан кейін Мәжіліс жаңа төрағаны сайлады.',
    ],
  };
  for (const lang of ['kk'] as const)
    for (const opening of OPENS[lang]) {
      const [next, type] = NEXT[lang];
      it(`${lang}: ${opening} ${next}`, () => {
        const dates = extractSentences(lang, `${LEAD[lang]}\n\n${opening} ${next}`, PUBLISHED)
          .events.filter(
            (e) => e.type === type && e.sources[0]!.evidence.some((x) => x.text === next),
          )
          .map((e) => e.date.edtf);
        expect(dates.some((d) => d.startsWith('2022') || d.startsWith('2023'))).toBe(false);
      });
    }
});

describe('the event an act is told after keeps its own date (a month named bare before it)', () => {
  const NAMED = [
    ['2022 жылғы қаңтар оқиғаларынан кейін', '2022-01'],
    ['1986 жылғы желтоқсан оқиғаларынан соң', '1986-12'],
    ['2022 жылғы қаңтар оқиғасынан кейін', '2022-01'],
  ] as const;
  for (const [when, month] of NAMED)
    for (const [act] of ACTS.kk) {
      const sentence = `${when} ${act}`;
      it(`kk: ${sentence} → the events of ${month}`, () => {
        const dates = extractSentences('kk', `${LEAD.kk}\n\n${sentence}`, PUBLISHED)
          .events.filter(
            (e) => e.type === 'other' && e.sources[0]!.evidence.some((x) => x.text === sentence),
          )
          .map((e) => e.date.edtf);
        expect(dates).toContain(month);
      });
    }
});
