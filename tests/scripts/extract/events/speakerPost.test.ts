/**
 * A speaker named by his post alone is named by it: "Президент заявил, что …", "Мемлекет басшысы
 * … ұсынды", "Премьер-министр поручил акимам до 1 марта …" were titled "A statement", "A
 * proposal", "Deadline" (no person named, no title actor). The post in the nominative, as the
 * cue's subject and Kazakhstan's, now names the one who spoke ("The President makes a
 * statement"); another country's post ("Президент Франции", "Ресей Президенті"), a former one,
 * or the post as a noun's qualifier ("Президент Әкімшілігі") names no one. Then the Deputy Prime
 * Minister, akims (of the capital, a region, a city) and a minister by their posts; a duty
 * ("аким должен дать ответ до 1 декабря", "… жөндеуі тиіс") names its subject as the one due,
 * never as the one who set the deadline. Generated over posts, verbs and both languages;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

// [as written, English title name, Kazakh title name, Russian title name]
const RU_POSTS = [
  ['Президент', 'The President', 'Президент', 'Президент'],
  ['Глава государства', 'The President', 'Президент', 'Президент'],
  ['Президент Казахстана', 'The President', 'Президент', 'Президент'],
  ['Премьер-министр', 'The Prime Minister', 'Премьер-Министр', 'Премьер-министр'],
  ['Глава правительства', 'The Prime Minister', 'Премьер-Министр', 'Премьер-министр'],
  ['Вице-премьер', 'The Deputy Prime Minister', 'Премьер-Министрдің орынбасары', 'Вице-премьер'],
  ['Аким столицы', 'The akim of the capital', 'Елорда әкімі', 'Аким столицы'],
  ['Аким области', 'The regional akim', 'Облыс әкімі', 'Аким области'],
  ['Аким', 'The akim', 'Әкім', 'Аким'],
  ['Министр', 'The minister', 'Министр', 'Министр'],
] as const;
const KK_POSTS = [
  ['Президент', 'The President', 'Президент', 'Президент'],
  ['Мемлекет басшысы', 'The President', 'Президент', 'Президент'],
  ['Қазақстан Президенті', 'The President', 'Президент', 'Президент'],
  ['Премьер-Министр', 'The Prime Minister', 'Премьер-Министр', 'Премьер-министр'],
  ['Үкімет басшысы', 'The Prime Minister', 'Премьер-Министр', 'Премьер-министр'],
  ['Облыс әкімі', 'The regional akim', 'Облыс әкімі', 'Аким области'],
  ['Қарағанды облысының әкімі', 'The regional akim', 'Облыс әкімі', 'Аким области'],
  ['Қала әкімі', 'The city akim', 'Қала әкімі', 'Аким города'],
  ['Әкім', 'The akim', 'Әкім', 'Аким'],
  ['Министр', 'The minister', 'Министр', 'Министр'],
] as const;

const lower = (p: string) => p.replace(/^\p{Lu}/u, (c) => c.toLowerCase());

type Case = ['kk' | 'ru', string, [en: string, kk: string, ru: string]];

// prettier-ignore
const named: Case[] = [
  ...RU_POSTS.flatMap(([p, en, kk, ru]): Case[] => [
    ['ru', `${p} заявил, что реформы будут продолжены.`, [`${en} makes a statement`, `${kk} мәлімдеме жасады`, `${ru} выступил с заявлением`]],
    ['ru', `Вчера ${lower(p)} вновь заявил, что выплаты сохранятся.`, [`${en} makes a statement`, `${kk} мәлімдеме жасады`, `${ru} выступил с заявлением`]],
    ['ru', `«Выплаты сохранятся», — заявил ${lower(p)}.`, [`${en} makes a statement`, `${kk} мәлімдеме жасады`, `${ru} выступил с заявлением`]],
    ['ru', `${p} предложил создать новый фонд поддержки фермеров.`, [`${en} makes a proposal`, `${kk} ұсыныс айтты`, `${ru} выступил с предложением`]],
    ['ru', `${p} поручил до 1 июня завершить ремонт дорог.`, [`Deadline set by ${en.replace(/^The /u, 'the ')}`, `${kk} белгілеген мерзім`, `${ru}: срок поручения`]],
  ]),
  ...KK_POSTS.flatMap(([p, en, kk, ru]): Case[] => [
    ['kk', `${p} реформалардың жалғасатынын мәлімдеді.`, [`${en} makes a statement`, `${kk} мәлімдеме жасады`, `${ru} выступил с заявлением`]],
    ['kk', `Кеше ${p} жаңа бағдарламаны ұсынды.`, [`${en} makes a proposal`, `${kk} ұсыныс айтты`, `${ru} выступил с предложением`]],
    ['kk', `${p} жиында сөз алып, фермерлерге көмек қорын құруды ұсынды.`, [`${en} makes a proposal`, `${kk} ұсыныс айтты`, `${ru} выступил с предложением`]],
    ['kk', `${p} мердігерлерге жолдарды 1 маусымға дейін жөндеуді тапсырды.`, [`Deadline set by ${en.replace(/^The /u, 'the ')}`, `${kk} белгілеген мерзім`, `${ru}: срок поручения`]],
  ]),
];

// Another country's, a former or a vice- one, or another subject: no one named by the post.
// prettier-ignore
const unnamed: Array<['kk' | 'ru', string]> = [
  ['ru', 'Президент Франции заявил, что реформы будут продолжены.'],
  ['ru', 'Французский президент заявил, что реформы будут продолжены.'],
  ['ru', 'Бывший президент заявил, что реформы будут продолжены.'],
  ['ru', 'Премьер-министр Индии заявил, что выплаты сохранятся.'],
  ['ru', 'Президент поручил правительству изучить вопрос, а министерство предложило новый фонд.'],
  ['kk', 'Ресей Президенті реформалардың жалғасатынын мәлімдеді.'],
  ['kk', 'Франция Президенті жаңа бағдарламаны ұсынды.'],
  ['kk', 'Бұрынғы Президент реформалардың жалғасатынын мәлімдеді.'],
  ['kk', 'Президент Әкімшілігі реформалардың жалғасатынын мәлімдеді.'],
  ['kk', 'Президент сайлауына дайындық туралы Үкімет жаңа бағдарламаны ұсынды.'],
  ['ru', 'Министр иностранных дел России заявил, что выплаты сохранятся.'],
  // A duty's subject is the one due, not the one who set the deadline.
  ['ru', 'Ответ на запрос аким должен дать до 1 декабря.'],
  ['ru', 'Президент должен до 1 июня подписать закон о бюджете.'],
  ['kk', 'Облыс әкімі жолдарды 1 маусымға дейін жөндеуі тиіс.'],
];

describe('a speaker named by his post alone', () => {
  it.each(named)('%s: %s', (lang, text, want) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => [e.title.en, e.title.kk, e.title.ru]); // prettier-ignore
    expect(titles).toContainEqual(want);
  });
  it.each(unnamed)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join(' / ')).not.toMatch(/President|Prime Minister|akim|minister/u);
  });
});
