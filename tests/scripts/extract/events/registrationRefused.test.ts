/**
 * A refused registration is no registration: "Минюст отказал в регистрации партии", "… партияны
 * тіркеуден бас тартты" fired the registration cue and were titled "Registration" or "Ак жол
 * registered". registered.ts now tells a refusal next to the cue ("отказ…", "бас тарт…",
 * "қабылдамады"), and the title says it was refused, of the party named or of what the cue's
 * words say ("Registration of Ak Zhol refused", "Registration of candidates refused"). Generated
 * over subjects, objects, days and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '7 шілдеде', ru: '7 июля' },
  { kk: '19 қарашада', ru: '19 ноября' },
];

type Title = [en: string, kk: string, ru: string];
const PARTY: Title = ['Registration of a party refused', 'Партияны тіркеуден бас тартылды', 'Отказ в регистрации партии']; // prettier-ignore
const CANDIDATES: Title = ['Registration of candidates refused', 'Кандидаттарды тіркеуден бас тартылды', 'Отказ в регистрации кандидатов']; // prettier-ignore
const AK_ZHOL: Title = ['Registration of Ak Zhol refused', 'Тіркеуден бас тартылды: Ақ жол', 'Отказ в регистрации: Ак жол']; // prettier-ignore

type Case = ['kk' | 'ru', string, Title];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d): Case[] => [
  ['ru', `Минюст ${d.ru} отказал в регистрации новой партии.`, PARTY],
  ['ru', `${d.ru} Министерство юстиции отказало в регистрации партии.`, PARTY],
  ['ru', `${d.ru} партии было отказано в регистрации.`, PARTY],
  ['ru', `Минюст ${d.ru} отказал в регистрации партии «Ак жол».`, AK_ZHOL],
  ['ru', `Окружная комиссия ${d.ru} отказала в регистрации трём кандидатам.`, CANDIDATES],
  ['kk', `Әділет министрлігі ${d.kk} жаңа партияны тіркеуден бас тартты.`, PARTY],
  ['kk', `${d.kk} партияны тіркеуден бас тартылды.`, PARTY],
  ['kk', `Әділет министрлігі ${d.kk} «Ақ жол» партиясын тіркеуден бас тартты.`, AK_ZHOL],
  ['kk', `Округтік комиссия ${d.kk} үш кандидатты тіркеуден бас тартты.`, CANDIDATES],
]);

describe('a registration refused', () => {
  it.each(cases)('%s: %s', (lang, text, want) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.title.en, e.title.kk, e.title.ru])).toContainEqual(want);
    expect(events.map((e) => e.title.en).join(' / ')).not.toMatch(/registered|Registration$/u);
  });
});
