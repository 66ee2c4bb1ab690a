/**
 * A speaker named by his post alone is named by it: "Президент заявил, что …", "Мемлекет басшысы
 * … ұсынды", "Премьер-министр поручил акимам до 1 марта …" were titled "A statement", "A
 * proposal", "Deadline" (no person named, no title actor). The post in the nominative, as the
 * cue's subject and Kazakhstan's, now names the one who spoke ("The President makes a
 * statement"); another country's post ("Президент Франции", "Ресей Президенті"), a former or a
 * vice- one, or the post as a noun's qualifier ("Президент Әкімшілігі") names no one. Generated
 * over posts, verbs and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

const RU_POSTS = [
  ['Президент', 'The President', 'Президент'],
  ['Глава государства', 'The President', 'Президент'],
  ['Президент Казахстана', 'The President', 'Президент'],
  ['Премьер-министр', 'The Prime Minister', 'Премьер-Министр'],
  ['Глава правительства', 'The Prime Minister', 'Премьер-Министр'],
] as const;
const KK_POSTS = [
  ['Президент', 'The President', 'Президент'],
  ['Мемлекет басшысы', 'The President', 'Президент'],
  ['Қазақстан Президенті', 'The President', 'Президент'],
  ['Премьер-Министр', 'The Prime Minister', 'Премьер-Министр'],
  ['Үкімет басшысы', 'The Prime Minister', 'Премьер-Министр'],
] as const;

const lower = (p: string) => p.replace(/^\p{Lu}/u, (c) => c.toLowerCase());

type Case = ['kk' | 'ru', string, string, string];

/** The Russian title of the Kazakh one: the post in its Russian spelling, then what was done. */
const RU_SAYS: Array<[string, string]> = [
  [' мәлімдеме жасады', ' выступил с заявлением'],
  [' ұсыныс айтты', ' выступил с предложением'],
  [': мерзім белгіленді', ': установлен срок'],
];
const ruTitle = (kk: string) => {
  const [said, ru] = RU_SAYS.find(([k]) => kk.endsWith(k))!;
  const post = kk.slice(0, -said.length);
  return `${post === 'Премьер-Министр' ? 'Премьер-министр' : post}${ru}`;
};

// prettier-ignore
const named: Case[] = [
  ...RU_POSTS.flatMap(([p, en, kk]): Case[] => [
    ['ru', `${p} заявил, что реформы будут продолжены.`, `${en} makes a statement`, `${kk} мәлімдеме жасады`],
    ['ru', `Вчера ${lower(p)} вновь заявил, что выплаты сохранятся.`, `${en} makes a statement`, `${kk} мәлімдеме жасады`],
    ['ru', `«Выплаты сохранятся», — заявил ${lower(p)}.`, `${en} makes a statement`, `${kk} мәлімдеме жасады`],
    ['ru', `${p} предложил создать новый фонд поддержки фермеров.`, `${en} makes a proposal`, `${kk} ұсыныс айтты`],
    ['ru', `${p} поручил акимам до 1 июня завершить ремонт дорог.`, `${en} sets a deadline`, `${kk}: мерзім белгіленді`],
  ]),
  ...KK_POSTS.flatMap(([p, en, kk]): Case[] => [
    ['kk', `${p} реформалардың жалғасатынын мәлімдеді.`, `${en} makes a statement`, `${kk} мәлімдеме жасады`],
    ['kk', `Кеше ${p} жаңа бағдарламаны ұсынды.`, `${en} makes a proposal`, `${kk} ұсыныс айтты`],
    ['kk', `${p} жиында сөз алып, фермерлерге көмек қорын құруды ұсынды.`, `${en} makes a proposal`, `${kk} ұсыныс айтты`],
    ['kk', `${p} әкімдерге жолдарды 1 маусымға дейін жөндеуді тапсырды.`, `${en} sets a deadline`, `${kk}: мерзім белгіленді`],
  ]),
];

// Another country's, a former or a vice- one, or another subject: no one named by the post.
// prettier-ignore
const unnamed: Array<['kk' | 'ru', string]> = [
  ['ru', 'Президент Франции заявил, что реформы будут продолжены.'],
  ['ru', 'Французский президент заявил, что реформы будут продолжены.'],
  ['ru', 'Бывший президент заявил, что реформы будут продолжены.'],
  ['ru', 'Премьер-министр Индии заявил, что выплаты сохранятся.'],
  ['ru', 'Вице-премьер заявил, что выплаты сохранятся.'],
  ['ru', 'Президент поручил правительству изучить вопрос, а министерство предложило новый фонд.'],
  ['kk', 'Ресей Президенті реформалардың жалғасатынын мәлімдеді.'],
  ['kk', 'Франция Президенті жаңа бағдарламаны ұсынды.'],
  ['kk', 'Бұрынғы Президент реформалардың жалғасатынын мәлімдеді.'],
  ['kk', 'Президент Әкімшілігі реформалардың жалғасатынын мәлімдеді.'],
  ['kk', 'Президент сайлауына дайындық туралы Үкімет жаңа бағдарламаны ұсынды.'],
];

describe('a speaker named by his post alone', () => {
  it.each(named)('%s: %s', (lang, text, en, kk) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => [e.title.en, e.title.kk, e.title.ru]); // prettier-ignore
    expect(titles).toContainEqual([en, kk, ruTitle(kk)]);
  });
  it.each(unnamed)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join(' / ')).not.toMatch(/President|Prime Minister/u);
  });
});
