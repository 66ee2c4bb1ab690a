/**
 * A sentence told as later or earlier than the day its paragraph opened with ("Кейін", "Затем",
 * "Позже"), or at some time long ago ("Бір кездері", "Когда-то", "Некогда"), is not of that day
 * (events/when.ts: the paragraph's day is only for a sentence that goes on at it). Sentences written
 * for the test, run through the whole pipeline after a headline and a lead told "today".
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-08-20';
const LEAD = {
  ru: 'Токаев встретился с пограничниками\n\nГлава государства Касым-Жомарт Токаев сегодня в Акорде встретился с руководством Пограничной службы и обсудил вопросы охраны границы.',
  kk: 'Тоқаев шекарашылармен кездесті\n\nМемлекет басшысы Қасым-Жомарт Тоқаев бүгін Ақордада Шекара қызметінің басшыларымен кездесіп, шекараны күзету мәселелерін талқылады.',
};
/** Paragraph openers with a day of their own, long past, and that day. */
const OPENERS = {
  ru: [
    ['5 июня 2022 года в Казахстане прошел референдум.', '2022-06-05'],
    ['В марте 2022 года президент выступил с Посланием.', '2022-03'],
    ['Три года назад президент объявил о политической реформе.', '2022'],
  ],
  kk: [
    ['2022 жылғы 5 маусымда елде референдум өтті.', '2022-06-05'],
    ['2022 жылғы наурызда Президент Жолдау жариялады.', '2022-03'],
    ['Осыдан үш жыл бұрын Президент саяси реформаларды жариялады.', '2022'],
  ],
} as const;
const LATER = {
  ru: ['Затем', 'Позже', 'Когда-то', 'Некогда'],
  kk: ['Кейін', 'Кейінірек', 'Бір кездері'],
};
const ACT = {
  ru: ['Сенат принял закон о государственной службе.', 'law'],
  kk: ['Сенат мемлекеттік қызмет туралы заңды қабылдады.', 'law'],
} as const;

describe('an act told as at another time than its paragraph opened on is not of that day', () => {
  for (const lang of ['ru', 'kk'] as const)
    for (const [opener, day] of OPENERS[lang])
      for (const later of LATER[lang]) {
        const [act, type] = ACT[lang];
        const sentence = `${later} ${act}`;
        it(`${lang}: ${opener} ${sentence}`, () => {
          const dates = extractSentences(lang, `${LEAD[lang]}\n\n${opener} ${sentence}`, PUBLISHED)
            .events.filter(
              (e) => e.type === type && e.sources[0]!.evidence.some((x) => x.text === sentence),
            )
            .map((e) => e.date.edtf);
          expect(dates).not.toContain(day);
          expect(dates).not.toContain(PUBLISHED);
        });
      }
});
