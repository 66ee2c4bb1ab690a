/**
 * "Ол"/"Он"/"Она" opening a sentence stands for the person named last before it in the same
 * paragraph (events/peopleIndex.ts, before): the act the sentence tells is that person's. Not one
 * named in an earlier paragraph, nor one named after the sentence. Generated over names, posts,
 * the sentences between and the acts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const KK_PEOPLE = [
  ['Мәжіліс депутаты Ерлан Сайыров', 'Ерлан Сайыров'],
  ['Сенат депутаты Нұрлан Бекенов', 'Нұрлан Бекенов'],
  ['Министр Айгүл Серікова', 'Айгүл Серікова'],
] as const;
const RU_PEOPLE = [
  ['Депутат Мажилиса Ерлан Сайыров', 'Ерлан Сайыров', 'Он'],
  ['Сенатор Нурлан Беков', 'Нурлан Беков', 'Он'],
  ['Министр Айгуль Серикова', 'Айгуль Серикова', 'Она'],
] as const;
const KK_BETWEEN = ['', ' Жиын Астанада болды.', ' Жиынға 50 адам қатысты. Сұрақтар көп болды.'];
const RU_BETWEEN = [
  '',
  ' Встреча прошла в Астане.',
  ' На встрече было 50 человек. Было много вопросов.',
];
const KK_ACTS = [
  'Ол 5 наурызда заң жобасын Мәжіліске енгізді.',
  'Ол 5 наурызда Қостанайда сайлаушылармен кездесу өткізді.',
];
const RU_ACTS = [
  '5 марта внес законопроект в Мажилис.',
  '5 марта провел встречу с избирателями в Костанае.',
];

const HEADLINE = { kk: 'Парламент жаңалықтары', ru: 'Новости парламента' };
const actorsOn5March = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, `${HEADLINE[lang]}\n\n${text}`, PUB)
    .events.filter((e) => e.date.edtf === '2025-03-05')
    .flatMap((e) => e.actors.map((a) => a.name));

const kk = KK_PEOPLE.flatMap(([who, name]) =>
  KK_BETWEEN.flatMap((between) => KK_ACTS.map((act) => [who, name, between, act] as const)),
);
const ru = RU_PEOPLE.flatMap(([who, name, pronoun]) =>
  RU_BETWEEN.flatMap((between) =>
    RU_ACTS.map((act) => [who, name, between, `${pronoun} ${act}`] as const),
  ),
);

describe('a pronoun opening a sentence stands for the person named before it in the paragraph', () => {
  it.each(kk)('kk: %s …%s %s', (who, name, between, act) => {
    expect(actorsOn5March('kk', `${who} сөз сөйледі.${between} ${act}`)).toContain(name);
  });
  it.each(ru)('ru: %s …%s %s', (who, name, between, act) => {
    expect(actorsOn5March('ru', `${who} выступил на заседании.${between} ${act}`)).toContain(name);
  });
  it.each(kk)('kk, across a paragraph: %s …%s %s', (who, name, between, act) => {
    expect(actorsOn5March('kk', `${who} сөз сөйледі.${between}\n\n${act}`)).not.toContain(name);
  });
  it.each(ru)('ru, across a paragraph: %s …%s %s', (who, name, between, act) => {
    expect(actorsOn5March('ru', `${who} выступил на заседании.${between}\n\n${act}`)).not.toContain(
      name,
    );
  });
});
