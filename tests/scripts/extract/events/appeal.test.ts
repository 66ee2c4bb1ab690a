/**
 * An appeal to the people is not the annual Address. "Мемлекет басшысы ертең халыққа үндеу
 * жасайды", "Токаев обратился к народу" (sentences written for this test) were titled "Послание
 * Президента народу Казахстана" / "Президенттің Қазақстан халқына Жолдауы", "… обратился с
 * Посланием": the address template knew only the Address. Now the title names what the text says,
 * обращение or үндеу (events/appeal.ts, titlesAppeal.ts), and the Address only where the sentence
 * names it (Послание, Жолдау in their cases). Generated over speakers, verbs and tenses, in both
 * languages (published 12 March 2025).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12')
    .events.filter((e) => e.type === 'address')
    .map((e) => `${e.title.en} | ${e.title.ru} | ${e.title.kk}`);

// [speaker in the text, en, ru, kk as titled]; none: the President's appeal, by his post alone.
const RU_WHO: Array<[string, string | undefined]> = [
  ['Касым-Жомарт Токаев', 'Kassym-Jomart Tokayev | Касым-Жомарт Токаев | Қасым-Жомарт Тоқаев'],
  ['Глава государства', undefined],
];
const KK_WHO: Array<[string, string | undefined]> = [
  ['Қасым-Жомарт Тоқаев', 'Kassym-Jomart Tokayev | Касым-Жомарт Токаев | Қасым-Жомарт Тоқаев'],
  ['Мемлекет басшысы', undefined],
];
// [verb phrase, day, told as done]
const RU_VERBS: Array<[string, string, boolean]> = [
  ['обратился к народу', '5 марта', true],
  ['обратится к народу', '15 марта', false],
  ['обратился к казахстанцам', '5 марта', true],
  ['выступил с обращением к народу', '5 марта', true],
  ['выступит с обращением к гражданам', '15 марта', false],
  ['выступил с телеобращением', '5 марта', true],
];
const KK_VERBS: Array<[string, string, boolean]> = [
  ['халыққа үндеу жасады', '5 наурызда', true],
  ['халыққа үндеу жасайды', '15 наурызда', false],
  ['Қазақстан халқына үндеу жолдады', '5 наурызда', true],
  ['қазақстандықтарға жүгінді', '5 наурызда', true],
  ['азаматтарға үндеу жасамақ', '15 наурызда', false],
  ['теледидар арқылы үндеу жасады', '5 наурызда', true],
];

function expected(who: string | undefined, done: boolean): string {
  if (!who) return "The President's address to the nation | Обращение Президента к народу | Президенттің халыққа үндеуі"; // prettier-ignore
  const [en, ru, kk] = who.split(' | ');
  return done
    ? `${en} addresses the nation | ${ru} обратился к народу | ${kk} халыққа үндеу жасады`
    : `${en} to address the nation | ${ru} обратится к народу | ${kk} халыққа үндеу жасамақ`;
}

const cases = [
  ...RU_WHO.flatMap(([who, t]) => RU_VERBS.map(([v, day, done]) => ['ru', `${who} ${day} ${v}.`, expected(t, done)] as const)), // prettier-ignore
  ...KK_WHO.flatMap(([who, t]) => KK_VERBS.map(([v, day, done]) => ['kk', `${who} ${day} ${v}.`, expected(t, done)] as const)), // prettier-ignore
];

describe('an appeal to the people is titled as an appeal, not as the Address', () => {
  it.each(cases)('%s: %s → %s', (lang, text, title) => expect(titles(lang, text)).toEqual([title]));
});

// The Address keeps its name, whichever word orders tell it.
const ADDRESS: Array<['kk' | 'ru', string, RegExp]> = [
  ['ru', 'Касым-Жомарт Токаев 1 сентября обратился с Посланием к народу Казахстана.', /Посланием/u],
  ['ru', 'Касым-Жомарт Токаев 1 сентября обратился к народу Казахстана с Посланием.', /Посланием/u],
  ['ru', 'Послание Главы государства народу Казахстана прозвучит 1 сентября.', /Послание/u],
  ['kk', 'Қасым-Жомарт Тоқаев 1 қыркүйекте Қазақстан халқына Жолдау жолдады.', /Жолдау/u],
  ['kk', 'Мемлекет басшысының Жолдауы 1 қыркүйекте жарияланады.', /Жолдау/u],
  ['kk', 'Мемлекет басшысының 1 қыркүйектегі Жолдауындағы тапсырмалар орындалады.', /Жолдау/u],
  ['kk', 'Жоба 2024 жылғы 2 қыркүйектегі Жолдаудағы тапсырма бойынша әзірленген.', /Жолдау/u],
];

describe('the annual Address keeps its name', () => {
  it.each(ADDRESS)('%s: %s', (lang, text, word) => {
    const t = titles(lang, text);
    expect(t.length).toBeGreaterThan(0);
    for (const x of t) expect(x).toMatch(word);
  });
});
