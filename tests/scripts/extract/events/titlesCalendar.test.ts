/**
 * The steps of a vote's calendar and other `other` facets the lexicon knows were titled "Event":
 * "19 қараша – тыныштық күні", "Кандидаттарды тіркеу 7 шілдеде аяқталады" (its step, since stepOfCourse.test.ts), "Регистрация
 * кандидатов завершится 12 мая", "Траур объявлен 10 января" (test sentences written for the
 * check): titlesOther.ts had no words for their facets. titlesCalendar.ts now names each kind
 * (the day of silence; candidates or party lists nominated, registered or handed in, told by the
 * cue's own words; a party list approved; a vote cast; a mourning; a chairmanship; a term that
 * ends). Generated over days and both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '7 шілдеде', kkTo: '7 шілдеге', kkNom: '7 шілде', ru: '7 июля' },
  { kk: '19 қарашада', kkTo: '19 қарашаға', kkNom: '19 қараша', ru: '19 ноября' },
  { kk: '2 ақпанда', kkTo: '2 ақпанға', kkNom: '2 ақпан', ru: '2 февраля' },
];

type Title = [kk: string, ru: string, en: string];
type Case = ['kk' | 'ru', string, Title];

// prettier-ignore
const cases: Case[] = DAYS.flatMap((d): Case[] => [
  ['kk', `${d.kkNom} – тыныштық күні.`, ['Тыныштық күні', 'День тишины', 'Day of silence']],
  ['ru', `${d.ru} станет днем тишины.`, ['Тыныштық күні', 'День тишины', 'Day of silence']],
  ['kk', `Кандидаттарды тіркеу ${d.kk} аяқталады.`, ['Кандидаттарды тіркеу аяқталмақ', 'Завершение регистрации кандидатов', 'Registration of candidates to end']],
  ['ru', `Регистрация кандидатов завершится ${d.ru}.`, ['Кандидаттарды тіркеу аяқталмақ', 'Завершение регистрации кандидатов', 'Registration of candidates to end']],
  ['kk', `Кандидаттарды ұсыну ${d.kk} аяқталды.`, ['Кандидаттарды ұсыну аяқталды', 'Завершение выдвижения кандидатов', 'Nomination of candidates ends']],
  ['ru', `Выдвижение партийных списков завершилось ${d.ru}.`, ['Партиялық тізімдерді ұсыну аяқталды', 'Завершение выдвижения партийных списков', 'Nomination of party lists ends']],
  ['kk', `Партиялық тізімдерді тапсыру ${d.kk} аяқталады.`, ['Партиялық тізімдерді тапсыру аяқталмақ', 'Завершение подачи партийных списков', 'Submission of party lists to end']],
  ['ru', `Регистрация партийных списков завершится ${d.ru}.`, ['Партиялық тізімдерді тіркеу аяқталмақ', 'Завершение регистрации партийных списков', 'Registration of party lists to end']],
  ['kk', `Делегаттар ${d.kk} партиялық тізімді бекітті.`, ['Партиялық тізім бекітілді', 'Утверждён партийный список', 'A party list is approved']],
  ['ru', `Траур объявлен ${d.ru}.`, ['Аза тұту күні жарияланды', 'Объявлен траур', 'A day of mourning is declared']],
  ['kk', `Қазақстан ұйымға төрағалықты ${d.kk} қабылдады.`, ['Ұйымға төрағалық', 'Председательство в организации', 'Chairmanship of an organisation']],
]).concat([
  ['ru', 'Касым-Жомарт Токаев проголосовал на участке в Астане.', ['Қасым-Жомарт Тоқаев дауыс берді (Астана)', 'Касым-Жомарт Токаев проголосовал (Астана)', 'Kassym-Jomart Tokayev votes in Astana']],
  ['kk', 'Қазіргі Мәжіліс 2023 жылы сайланған, оның мерзімі 2028 жылы бітеді.', ['Мерзімнің аяқталуы', 'Окончание срока', 'End of term']],
] as Case[]);

describe('the titles of calendar steps and other known kinds', () => {
  it.each(cases)('%s: %s', (lang, text, [kk, ru, en]) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => [e.title.kk, e.title.ru, e.title.en]); // prettier-ignore
    expect(titles).toContainEqual([kk, ru, en]);
  });
});
