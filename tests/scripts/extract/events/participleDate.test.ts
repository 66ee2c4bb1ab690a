/**
 * A date inside a participle phrase is the participle's noun's, not the main event's: "2019 жылы
 * сайланған Президент Жарлыққа қол қойды", "Партия, созданная в 2019 году, провела съезд в Астане"
 * were dated 2019. locales/kk/events/participleNoun.ts ends the participle's noun (a bare
 * nominative, then a word in a case of its own); locales/ru/events/participleBeforeNoun.ts ends the
 * phrase (its closing comma, or its noun before the trigger). Generated over participles, date
 * forms, main events, with and without "бүгін"/"сегодня", both word orders in Russian; sentences
 * written for the test. Controls: the participle's own act and noun keep the date.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

// [kk participle + noun, kk main, ru participle (agreeing), ru noun, ru main, type]
const SUBJECTS: [string, string, string, string, string, string][] = [
  ['құрылған партия', 'Астанада съезд өткізді', 'Созданная', 'партия', 'провела съезд в Астане', 'congress'],
  ['сайланған Президент', 'Жарлыққа қол қойды', 'Избранный', 'президент', 'подписал указ', 'decree'],
  ['сайланған Президент', 'Ақордада кеңес өткізді', 'Избранный', 'президент', 'провел совещание в Акорде', 'meeting'],
  ['тағайындалған министр', 'Үкіметте кеңес өткізді', 'Назначенный', 'министр', 'провел совещание в Правительстве', 'meeting'],
  ['сайланған депутаттар', 'Мәжілісте заң жобасын мақұлдады', 'Избранные', 'депутаты', 'приняли закон', 'law'],
]; // prettier-ignore
const DATES: [string, string][] = [
  ['2019 жылы', 'в 2019 году'],
  ['2019 жылы наурызда', 'в марте 2019 года'],
  ['2019 жылғы 5 наурызда', '5 марта 2019 года'],
];
const cases: ['kk' | 'ru', string, string][] = SUBJECTS.flatMap(([kp, km, rp, rn, rm, type]) =>
  DATES.flatMap(([kd, rd]): ['kk' | 'ru', string, string][] => {
    const ru = (today: string) => [
      `${rp} ${rd} ${rn} ${today}${rm}.`,
      `${rn[0]!.toUpperCase()}${rn.slice(1)}, ${rp.toLowerCase()} ${rd}, ${today}${rm}.`,
    ];
    return [
      ['kk', `${kd} ${kp} ${km}.`, type],
      ['kk', `${kd} ${kp} бүгін ${km}.`, type],
      ...[...ru(''), ...ru('сегодня ')].map((t): ['ru', string, string] => ['ru', t, type]),
    ];
  }),
);

describe("a date in a participle phrase is not the main event's", () => {
  it.each(cases)('%s: %s', (lang, text, type) => {
    const events = extractSentences(lang, text, '2025-03-12').events.filter((e) => e.type === type);
    expect(events.map((e) => e.date.edtf)).toEqual(['2025-03-12']);
  });
});

describe("the participle's own act and noun keep its date", () => {
  it.each([
    ['kk', 'ОСК 20 қарашада өткен сайлаудың қорытындысын бекітті.', 'election', '2024-11-20'],
    ['kk', '2019 жылы құрылған партия бүгін Астанада съезд өткізді.', 'other', '2019'],
    ['ru', 'Принятый в 2019 году закон вступил в силу.', 'law', '2019'],
  ] as const)('%s: %s', (lang, text, type, edtf) => {
    const events = extractSentences(lang, text, '2025-03-12').events.filter((e) => e.type === type);
    expect(events.map((e) => e.date.edtf)).toContain(edtf);
  });
});
