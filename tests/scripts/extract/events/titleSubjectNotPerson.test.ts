/**
 * The head of state's post before a verb, or before a Kazakh accusative name, is the subject's, not
 * the named person's: after "Глава государства назначил Ивана Петрова …" or "Мемлекет басшысы Иван
 * Петровты … тағайындады", a later "Указом Президента …" or "Мемлекет басшысы Жарлыққа қол қойды"
 * names the President, not Ivan Petrov (events/peopleIndex.ts). Generated over verbs, people and
 * later sentences; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => e.title.en);

// [kk accusative, ru accusative, en]
const PEOPLE: [string, string, string][] = [
  ['Иван Петровты', 'Ивана Петрова', 'Ivan Petrov'],
  ['Айгүл Сәрсенованы', 'Айгуль Сарсенову', 'Sarsenova'],
  ['Марат Әбеновті', 'Марата Абенова', 'Marat Abenov'],
];
const RU_FIRST = [
  (p: string) => `Глава государства назначил ${p} акимом Акмолинской области.`,
  (p: string) => `Глава государства принял ${p}.`,
  (p: string) => `Президент наградил ${p} орденом «Парасат».`,
];
const RU_LATER = [
  ['Указом Президента прежний аким освобожден от занимаемой должности.', 'resignation'],
  ['Глава государства подписал указ о награждении.', 'decree'],
];
const KK_FIRST = [
  (p: string) => `Мемлекет басшысы ${p} Ақмола облысының әкімі етіп тағайындады.`,
  (p: string) => `Президент ${p} Ақмола облысының әкімі етіп тағайындады.`,
];
const KK_LATER = [
  'Президент Жарлығымен бұрынғы әкім қызметінен босатылды.',
  'Мемлекет басшысы Жарлыққа қол қойды.',
];

describe('the later title names no appointee as the President', () => {
  it.each(
    PEOPLE.flatMap(([, acc, en]) =>
      RU_FIRST.flatMap((f) => RU_LATER.map(([later]) => [`${f(acc)} ${later}`, en])),
    ),
  )('ru: %s', (text, en) => {
    const t = titles('ru', text);
    expect(t.length).toBeGreaterThan(1);
    expect(t.filter((x) => !/appointed|receives/u.test(x) && x.includes(en!))).toEqual([]);
  });
  it.each(
    PEOPLE.flatMap(([acc, , en]) =>
      KK_FIRST.flatMap((f) => KK_LATER.map((later) => [`${f(acc)} ${later}`, en])),
    ),
  )('kk: %s', (text, en) => {
    const t = titles('kk', text);
    expect(t.length).toBeGreaterThan(1);
    expect(t.filter((x) => !/appointed/u.test(x) && x.includes(en!))).toEqual([]);
  });
});

describe('controls: the President named right before his name', () => {
  it.each([
    [
      'ru',
      'Президент Касым-Жомарт Токаев провел совещание. Глава государства подписал указ.',
      'Kassym-Jomart Tokayev signs a decree',
    ],
    [
      'ru',
      'Президент Республики Казахстан Касым-Жомарт Токаев провел совещание. Глава государства подписал указ.',
      'Kassym-Jomart Tokayev signs a decree',
    ],
    [
      'kk',
      'Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев кеңес өткізді. Мемлекет басшысы Жарлыққа қол қойды.',
      'Kassym-Jomart Tokayev signs a decree',
    ],
  ] as const)('%s: %s', (lang, text, title) => {
    expect(titles(lang, text)).toContain(title);
  });
});
