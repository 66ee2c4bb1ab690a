/**
 * Events the lexicon knows by a facet of `other` get a title that says what happened, in all three
 * languages, never the bare "Event": a city made the capital, diplomatic relations established.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const CASES: Array<['kk' | 'ru', string, string]> = [
  ['kk', '1997 жылдың желтоқсанында Ақмола ел астанасы болды.', 'The capital moves'],
  ['kk', '1997 жылы ел астанасы Ақмолаға көшірілді.', 'The capital moves'],
  ['ru', 'В 1997 году столица перенесена в Акмолу.', 'The capital moves'],
  ['kk', 'Дипломатиялық қатынастар 1992 жылғы 3 қаңтарда орнатылған.', 'Diplomatic relations'],
  ['ru', 'Дипломатические отношения установили 3 января 1992 года.', 'Diplomatic relations'],
];

describe('titles of other events by their facet', () => {
  for (const [lang, sentence, en] of CASES)
    it(`${lang}: ${sentence} → ${en}`, () => {
      const [event] = eventsOf(lang, sentence, '2022-09-14').events;
      expect(event?.title.en).toBe(en);
      expect(event?.title.kk).not.toMatch(/^Оқиға/u);
      expect(event?.title.ru).not.toMatch(/^Событие/u);
    });
});

// A deadline someone set is titled by what is due (on the deadline nobody set anything: the
// instruction is an event of its own, on the day it was given); words written for the test, over
// the person's case and the instruction verb.
const SETTERS: Array<['kk' | 'ru', string]> = [
  ...['тапсырды', 'міндеттеді'].map((v): ['kk', string] => ['kk', `Премьер-министр Олжас Бектенов әкімдерге жұмысты 1 шілдеге дейін аяқтауды ${v}.`]), // prettier-ignore
  ...['поручил', 'обязал'].map((v): ['ru', string] => ['ru', `Премьер-министр Олжас Бектенов ${v} акимов до 1 июля завершить работы.`]), // prettier-ignore
];

describe('a deadline set by someone is titled by what is due', () => {
  it.each(SETTERS)('%s: %s', (lang, s) => {
    const titles = eventsOf(lang, s, '2025-06-10').events.map((e) => e.title.en);
    expect(titles.join(' / ')).toMatch(
      /^(?:Akims to complete the work|The work to be completed)$/u,
    );
  });
});

// Events named by their month, in each month and in the forms each language names them.
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']; // prettier-ignore
const RU_ADJ = ['Январские', 'Февральские', 'Мартовские', 'Апрельские', 'Майские', 'Июньские', 'Июльские', 'Августовские', 'Сентябрьские', 'Октябрьские', 'Ноябрьские', 'Декабрьские']; // prettier-ignore
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']; // prettier-ignore

describe('events named by their month', () => {
  it.each(KK_MONTHS.map((m, i) => [m, i] as const))('kk %s', (m, i) => {
    const [event] = eventsOf('kk', `2021 жылғы ${m} оқиғалары елді өзгертті.`, '2024-03-01').events;
    expect(event?.title.en).toBe(`The ${EN_MONTHS[i]} events`);
    expect(event?.title.ru).toBe(`${RU_ADJ[i]} события`);
  });
  it.each(RU_ADJ.map((m, i) => [m, i] as const))('ru %s', (m, i) => {
    const [event] = eventsOf('ru', `${m} события 2021 года изменили страну.`, '2024-03-01').events;
    expect(event?.title.en).toBe(`The ${EN_MONTHS[i]} events`);
  });
  it('events named by a place', () => {
    const [event] = eventsOf('kk', 'Жаңаөзен оқиғалары 2011 жылғы 16 желтоқсанда болды.', '2024-03-01').events; // prettier-ignore
    expect(event?.title.en).toBe('Events in Zhanaozen');
  });
});
