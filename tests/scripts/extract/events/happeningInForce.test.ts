/**
 * A ban, rules or norms brought into force from a day are titled by what takes effect: "С 1 июля
 * вводится запрет на продажу энергетических напитков детям" and "1 шілдеден бастап … тыйым
 * енгізіледі" were a bare "Start date", for the start cue ("с 1 июля", "1 шілдеден бастап") holds
 * no verb and the clause's verb of introducing was no act happeningOf.ts knew. Generated over the
 * things (case and number), the verbs (tense, voice), the dates and the word order, in Russian and
 * Kazakh (events/happeningOf.ts, happeningThings.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => e.title.en);

type Case = [string, string];

// Russian: the thing as the verb's subject, the verb's number (singular, plural), the English.
const RU_THINGS: Array<[string, 's' | 'p', string]> = [
  ['запрет на продажу энергетических напитков детям', 's', 'A ban'],
  ['запреты на рекламу азартных игр', 'p', 'A ban'],
  ['новые правила перевозки грузов', 'p', 'New rules'],
  ['правила въезда для иностранцев', 'p', 'New rules'],
  ['новые нормы для перевозчиков', 'p', 'New provisions'],
  ['отдельные положения налогового кодекса', 'p', 'New provisions'],
];
const RU_VERBS: Array<[string, string]> = [
  ['вводится', 'вводятся'],
  ['заработает', 'заработают'],
  ['начнет действовать', 'начнут действовать'],
  ['будет применяться', 'будут применяться'],
];
const RU_DATES = ['С 1 июля', 'С 1 сентября', 'С 1 января 2026 года'];
const ruCases: Case[] = RU_THINGS.flatMap(([thing, n, en], i) =>
  RU_VERBS.flatMap(([one, many], j): Case[] => {
    const d = RU_DATES[(i + j) % RU_DATES.length]!;
    const v = n === 's' ? one : many;
    return [
      [`${d} ${v} ${thing}.`, en],
      [`${thing.charAt(0).toUpperCase()}${thing.slice(1)} ${v} ${d.charAt(0).toLowerCase()}${d.slice(1)}.`, en], // prettier-ignore
    ];
  }),
);

// Kazakh: the thing, its verb, the English.
const KK_THINGS: Array<[string, string]> = [
  ['балаларға энергетикалық сусын сатуға тыйым', 'A ban'],
  ['құмар ойындарды жарнамалауға тыйымдар', 'A ban'],
  ['жүк тасымалдаудың жаңа қағидалары', 'New rules'],
  ['шетелдіктердің елге кіру ережелері', 'New rules'],
  ['тасымалдаушыларға арналған жаңа нормалар', 'New provisions'],
];
const KK_VERBS = ['енгізіледі', 'қолданылады', 'қолданысқа енгізіледі'];
const KK_DATES = ['1 шілдеден бастап', '1 қыркүйектен бастап', '2026 жылғы 1 қаңтардан бастап'];
const kkCases: Case[] = KK_THINGS.flatMap(([thing, en], i) =>
  KK_VERBS.map((v, j): Case => [`${KK_DATES[(i + j) % KK_DATES.length]!} ${thing} ${v}.`, en]),
);

describe('a ban or rules brought into force from a day', () => {
  it.each(ruCases)('ru: %s', (text, en) => {
    expect(titles('ru', text).some((t) => t.startsWith(`${en} `) && /take effect/u.test(t))).toBe(true); // prettier-ignore
  });
  it.each(kkCases)('kk: %s', (text, en) => {
    expect(titles('kk', text).some((t) => t.startsWith(`${en} `) && /take effect/u.test(t))).toBe(true); // prettier-ignore
  });

  // Not a thing brought into force: another verb, or another noun.
  it.each<[string, string]>([
    ['ru', 'С 1 июля правительство обсуждает новые правила перевозки грузов.'],
    // (A procedure is brought into force since: happeningStartsFrom.test.ts.)
    ['ru', 'С 1 июля вводится новый тариф на воду.'],
    ['kk', '1 шілдеден бастап мектеп салынады.'],
  ])('%s: nothing takes effect: %s', (lang, text) => {
    expect(titles(lang as 'kk' | 'ru', text).every((t) => !/take effect/u.test(t))).toBe(true);
  });
});
