/**
 * A registration is titled by what it registers, where the words next to its cue say: "ОСК жеті
 * кандидатты тіркеді", "ЦИК завершил регистрацию партийных списков", "Аумақтық комиссиялар
 * нәтижелерді тіркейді" (test sentences written for the check) were titled "Registration".
 * registered.ts reads candidates, party lists, results, deputies or a party up to four words
 * either side of the cue; a refusal or a threshold ("отказал в регистрации", "порог для
 * регистрации партий") names nothing. Generated over what is registered, days and both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '7 шілдеде', ru: '7 июля' },
  { kk: '19 қарашада', ru: '19 ноября' },
  { kk: '2 ақпанда', ru: '2 февраля' },
];

type Title = [kk: string, ru: string, en: string];
type Case = ['kk' | 'ru', string, Title];

const CANDIDATES: Title = ['Кандидаттарды тіркеу', 'Регистрация кандидатов', 'Registration of candidates']; // prettier-ignore
const LISTS: Title = ['Партиялық тізімдерді тіркеу', 'Регистрация партийных списков', 'Registration of party lists']; // prettier-ignore
const RESULTS: Title = ['Нәтижелерді тіркеу', 'Регистрация итогов', 'Registration of the results'];
const PARTY: Title = ['Партияны тіркеу', 'Регистрация партии', 'Registration of a party'];

// prettier-ignore
const cases: Case[] = DAYS.flatMap((d): Case[] => [
  ['kk', `Орталық сайлау комиссиясы ${d.kk} жеті кандидатты тіркеді.`, CANDIDATES],
  // ("Үміткер" is a candidate too, before the deputies they would be.)
  ['kk', `Аумақтық комиссия ${d.kk} мәслихат депутаттығына 312 үміткерді тіркеді.`, CANDIDATES],
  ['ru', `Центральная избирательная комиссия ${d.ru} зарегистрировала семь кандидатов.`, CANDIDATES],
  // (Its end, told by the verb: stepOfCourse.test.ts.)
  ['ru', `${d.ru} ЦИК завершил регистрацию партийных списков.`, ['Партиялық тізімдерді тіркеу аяқталды', 'Завершение регистрации партийных списков', 'Registration of party lists ends']],
  ['ru', `Комиссия ${d.ru} зарегистрировала партийные списки шести партий.`, LISTS],
  ['kk', `Аумақтық комиссиялар нәтижелерді ${d.kk} тіркеді.`, RESULTS],
  ['kk', `Партия ${d.kk} тіркелді.`, PARTY],
]);

// (A refusal is told as refused, never as a registration: registrationRefused.test.ts.)
// prettier-ignore
const refused: Array<['kk' | 'ru', string]> = DAYS.map((d): ['kk' | 'ru', string] => ['ru', `Министерство юстиции ${d.ru} отказало в регистрации партии.`]);

describe('what a registration registers', () => {
  it.each(cases)('%s: %s', (lang, text, [kk, ru, en]) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => [e.title.kk, e.title.ru, e.title.en]); // prettier-ignore
    expect(titles).toContainEqual([kk, ru, en]);
  });
  it.each(refused)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.join(' / ')).not.toMatch(/registered|Registration(?!.* refused)/u);
  });
});
