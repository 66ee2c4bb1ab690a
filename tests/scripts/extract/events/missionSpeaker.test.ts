/**
 * A mission that speaks is the speaker: "Миссия БДИПЧ ОБСЕ во вторник заявила, что …" and "ЕҚЫҰ
 * ДИАҚБ миссиясы … мәлімдеді" were titled "A statement", for the mission is no body of the lexicon
 * and Kazakh "ЕҚЫҰ миссиясы" read as the OSCE possessing a noun. Generated over senders (an
 * abbreviation, the OSCE's election office, a genitive), observation words, dates and verbs (past,
 * ahead), in both languages; and silent cases where someone else speaks. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === 'statement')
    .map((e) => e.title);

type Case = [string, string, string];

// Russian: the mission's adjective, its sender after it, and the English name.
const RU_MISSIONS: Array<[string, string]> = [
  ['Миссия ОБСЕ', 'The OSCE mission'],
  ['Миссия БДИПЧ ОБСЕ', 'The OSCE/ODIHR mission'],
  ['Наблюдательная миссия ОБСЕ', 'The OSCE observation mission'],
  ['Наблюдательная миссия БДИПЧ ОБСЕ', 'The OSCE/ODIHR observation mission'],
  ['Международная наблюдательная миссия СНГ', 'The CIS observation mission'],
  ['Миссия наблюдателей СНГ', 'The CIS observation mission'],
  ['Миссия ОБСЕ по наблюдению за голосованием', 'The OSCE observation mission'],
];
const RU_DATES = ['11 марта', 'во вторник', 'сегодня', '10 марта'];
const RU_VERBS = ['заявила о нарушениях', 'сообщила о нарушениях', 'выступила с заявлением'];
const ruCases: Case[] = RU_MISSIONS.flatMap(([m, en], i) =>
  RU_VERBS.flatMap((v, j): Case[] => {
    const d = RU_DATES[(i + j) % RU_DATES.length]!;
    return [
      [`${m} ${d} ${v}.`, en, 'makes a statement'],
      [`${d.charAt(0).toUpperCase()}${d.slice(1)} ${m.charAt(0).toLowerCase()}${m.slice(1)} ${v}.`, en, 'makes a statement'], // prettier-ignore
    ];
  }),
);

// Kazakh: the sender and its modifiers before the mission, and the English name.
const KK_MISSIONS: Array<[string, string]> = [
  ['ЕҚЫҰ миссиясы', 'The OSCE mission'],
  ['ЕҚЫҰ ДИАҚБ миссиясы', 'The OSCE/ODIHR mission'],
  ['ЕҚЫҰ ДИАҚБ бақылаушылар миссиясы', 'The OSCE/ODIHR observation mission'],
  ['ЕҚЫҰ-ның халықаралық бақылаушылар миссиясы', 'The OSCE observation mission'],
  ['ТМД бақылаушылар миссиясы', 'The CIS observation mission'],
  ['Халықаралық бақылаушылар миссиясы', 'The observation mission'],
  ['Байқаушылар миссиясы', 'The observation mission'],
];
// The date, the verb, and the English verb its tense gives.
const KK_TOLD: Array<[string, string, string]> = [
  ['11 наурызда', 'бұзушылықтар туралы мәлімдеді', 'makes a statement'],
  ['10 наурызда', 'бұзушылықтар туралы хабарлады', 'makes a statement'],
  ['кеше', 'өз мәлімдемесін жасады', 'makes a statement'],
  ['14 наурызда', 'мәлімдеме жасайды', 'to make a statement'],
];
const kkCases: Case[] = KK_MISSIONS.flatMap(([m, en]) =>
  KK_TOLD.map(([d, v, verb]): Case => [`${m} ${d} ${v}.`, en, verb]),
);

describe('a mission that speaks is the speaker', () => {
  it.each(ruCases)('ru: %s', (text, en, verb) => {
    expect(titles('ru', text).map((t) => t.en)).toContain(`${en} ${verb}`);
  });
  it.each(kkCases)('kk: %s', (text, en, verb) => {
    expect(titles('kk', text).map((t) => t.en)).toContain(`${en} ${verb}`);
  });

  it.each<[string, string]>([
    ['ru', 'Миссия БДИПЧ ОБСЕ 11 марта заявила о нарушениях.'],
    ['kk', 'ЕҚЫҰ ДИАҚБ бақылаушылар миссиясы 11 наурызда бұзушылықтар туралы мәлімдеді.'],
  ])('%s: names it in each language', (lang, text) => {
    const [t] = titles(lang as 'kk' | 'ru', text);
    expect(t?.ru).toMatch(/^(?:Наблюдательная миссия|Миссия) БДИПЧ ОБСЕ выступила с заявлением$/u);
    expect(t?.kk).toMatch(/^ЕҚЫҰ ДИАҚБ (?:бақылаушылар )?миссиясы мәлімдеме жасады$/u);
  });

  // Its head or envoys speak, a plural verb, no sender or observation named, the mission an object.
  it.each<[string, string]>([
    ['ru', 'Глава миссии ОБСЕ 11 марта заявил о нарушениях.'],
    ['ru', 'Представители миссии ОБСЕ 11 марта заявили о нарушениях.'],
    ['ru', 'Миссия ОБСЕ и посольство 11 марта заявили о нарушениях.'],
    ['ru', 'Миссия 11 марта заявила о нарушениях.'],
    ['ru', 'Посол 11 марта заявил, что миссия ОБСЕ работает.'],
    ['kk', 'ЕҚЫҰ миссиясының басшысы 11 наурызда бұзушылықтар туралы мәлімдеді.'],
    ['kk', 'ЕҚЫҰ миссиясы басшысы 11 наурызда бұзушылықтар туралы мәлімдеді.'],
    ['kk', 'Миссия 11 наурызда бұзушылықтар туралы мәлімдеді.'],
    ['kk', 'Елші 11 наурызда ЕҚЫҰ миссиясы туралы мәлімдеді.'],
  ])('%s: no mission speaks: %s', (lang, text) => {
    expect(titles(lang as 'kk' | 'ru', text).every((t) => !/mission/u.test(t.en))).toBe(true);
  });
});
