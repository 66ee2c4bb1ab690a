/**
 * A post taken by its holder. Found on articles written for the check:
 * - "Кеше Қасым-Жомарт Тоқаев Қауіпсіздік кеңесін басқарды" was "The Security Council founded":
 *   the Kazakh verbs of heading ("басқарды", "басшылық етті") stood among the verbs of founding.
 *   Heading a body since a date is a tenure, the day one took the post (as "руководит с …" is);
 * - "Вчера Совет безопасности возглавил Касым-Жомарт Токаев" was "Kassym-Jomart Tokayev makes an
 *   appointment": the head of state in an appointment was taken to be the appointer, though he is
 *   the one who took the post;
 * - "Делегаты утвердили партийный список; его возглавил председатель партии" was "… appointed
 *   party chairman": heading a list named just before by a pronoun is no post.
 * Generated over people, bodies, verbs and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2023-01-26';
const PEOPLE = [
  { kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев', en: 'Kassym-Jomart Tokayev' },
  { kk: 'Ерлан Қарин', ru: 'Ерлан Карин', en: 'Yerlan Karin' },
];
const KK_BODIES = ['Қауіпсіздік кеңесін', 'комиссияны', 'ведомствоны'];
const RU_BODIES = ['Совет безопасности', 'комиссию', 'ведомство'];

const took = PEOPLE.flatMap((p) => [
  ...KK_BODIES.flatMap((b) => [
    ['kk', `${p.kk} ${b} 2021 жылдан 2023 жылға дейін басқарды.`, '2021', `${p.en} takes up a new post`],
    ['kk', `${p.kk} ${b} 2022 жылғы 5 қаңтардан бері басқарып келеді.`, '2022-01-05', `${p.en} takes up a new post`],
  ]),
  ...RU_BODIES.flatMap((b) => [
    ['ru', `Вчера ${b} возглавил ${p.ru}.`, '2023-01-25', `${p.en} takes up a new post`],
    ['ru', `Вчера ${p.ru} возглавил ${b}.`, '2023-01-25', `${p.en} takes up a new post`],
  ]),
]) as Array<['kk' | 'ru', string, string, string]>; // prettier-ignore

describe('a post taken by its holder', () => {
  it.each(took)('%s: %s', (lang, text, day, title) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.type, e.date.edtf, e.title.en])).toEqual([['appointment', day, title]]); // prettier-ignore
  });

  it.each(['список', 'партийный список', 'избирательный список'])(
    'ru: heading the %s named before by a pronoun is no post',
    (list) => {
      const text = `Вчера делегаты утвердили ${list} из 25 человек; его возглавил председатель партии Азат Перуашев.`; // prettier-ignore
      const events = extractSentences('ru', text, PUB).events;
      expect(events.filter((e) => e.type === 'appointment')).toEqual([]);
    },
  );

  it.each(KK_BODIES)('kk: heading %s is no founding of it', (body) => {
    const events = extractSentences('kk', `Кеше Қасым-Жомарт Тоқаев ${body} басқарды.`, PUB).events;
    expect(events.filter((e) => e.type === 'other')).toEqual([]);
  });

  it('keeps the head of state who appoints someone else the appointer', () => {
    const events = extractSentences('ru', 'Вчера Касым-Жомарт Токаев назначил Ерлана Карина министром.', PUB).events; // prettier-ignore
    expect(events.map((e) => e.title.en)).toEqual(['Yerlan Karin appointed minister']);
  });
});
