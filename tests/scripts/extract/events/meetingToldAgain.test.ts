/**
 * A meeting told again with no day of its own and no one new is the meeting told before on that
 * day: "Тоқаев бүгін … келіссөз жүргізді. Алдымен шағын құрамда, кейін кеңейтілген құрамда кездесу
 * болды" (sentences written for the check) gave a second meeting dated by the publication, which
 * no gold counts. Generated over the first sentence (summit, talks) and the sentence telling it
 * again (venue, format), in Kazakh and Russian; a meeting with a person the first lacks stays its own.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const FIRST = {
  kk: [
    'Бүгін Астанада Орталық Азия елдері басшыларының саммиті өтті.',
    'Тоқаев бүгін Ақордада Өзбекстан Президентімен келіссөз жүргізді.',
  ],
  ru: [
    'Сегодня в Астане прошел саммит глав государств Центральной Азии.',
    'Токаев сегодня провел переговоры с президентом Узбекистана в Акорде.',
  ],
};
const AGAIN = {
  kk: [
    'Кездесу Тәуелсіздік сарайында болды.',
    'Алдымен шағын құрамда, кейін кеңейтілген құрамда кездесу болды.',
    'Кездесу екі сағатқа созылды.',
  ],
  ru: [
    'Встреча на высшем уровне прошла во Дворце независимости.',
    'Сначала встреча прошла в узком составе, затем в расширенном.',
    'Встреча продлилась два часа.',
  ],
};

const CASES = (['kk', 'ru'] as const).flatMap((lang) =>
  FIRST[lang].flatMap((first) => AGAIN[lang].map((again) => ({ lang, text: `${first} ${again}` }))),
);

const meetings = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2024-09-17').events.filter(
    (e) => e.type === 'meeting' && e.date.edtf === '2024-09-17',
  );

describe('a meeting told again with no day of its own is the one told before', () => {
  it.each(CASES)('$lang: $text', ({ lang, text }) => {
    expect(meetings(lang, text)).toHaveLength(1);
  });

  it.each([
    {
      lang: 'ru' as const,
      text: 'Токаев сегодня провел переговоры с президентом Узбекистана Шавкатом Мирзиёевым. Во второй половине дня Токаев встретился с премьер-министром Индии Нарендрой Моди.',
    },
    {
      lang: 'kk' as const,
      text: 'Тоқаев бүгін Өзбекстан Президенті Шавкат Мирзиёевпен келіссөз жүргізді. Түстен кейін Тоқаев Үндістан Премьер-министрі Нарендра Модимен кездесті.',
    },
  ])('a meeting with someone new stays its own: $text', ({ lang, text }) => {
    expect(meetings(lang, text).length).toBeGreaterThanOrEqual(2);
  });
});
