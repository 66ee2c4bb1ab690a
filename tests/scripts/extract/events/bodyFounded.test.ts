/**
 * A council founded is no sitting of it: in an article about the National Kurultai, "Курултай был
 * создан в 2022 году" and "Құрылтай 2022 жылы құрылған" were a second "Session of the National
 * Kurultai" in 2022, as a bare "курултай" is read as its session whatever the verb. A founding
 * verb predicated of the council (its subject or object, before or after it) makes it the
 * founding. Sentences written for the test, generated over verbs, word orders and cases.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const events = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-14').events.map(
    (e) => `${e.type} ${e.date.edtf} ${e.title.en}`,
  );

const RU_LEAD =
  'Заседание курултая\n\nБурабай, 14 марта. Сегодня в Бурабае прошло пятое заседание Национального курултая.';
const KK_LEAD =
  'Құрылтай отырысы\n\nБурабай, 14 наурыз. Бүгін Бурабайда Ұлттық құрылтайдың бесінші отырысы өтті.';

const RU_VERBS = ['создан', 'образован', 'учреждён', 'сформирован'];
// prettier-ignore
const RU_FORMS = RU_VERBS.flatMap((v) => [
  `Курултай был ${v} в 2022 году.`,
  `Национальный курултай ${v} в 2022 году.`,
  `В 2022 году был ${v} Национальный курултай.`,
  `Курултай был ${v} указом Президента в 2022 году.`,
]);
// prettier-ignore
const KK_FORMS = ['құрылған', 'құрылды', 'құрылған болатын'].flatMap((v) => [
  `Құрылтай 2022 жылы ${v}.`,
  `Ұлттық құрылтай 2022 жылы ${v}.`,
  `2022 жылы Ұлттық құрылтай ${v}.`,
  `Құрылтай 2022 жылы Президент Жарлығымен ${v}.`,
]);

const founded = (list: string[]) => list.filter((e) => / 2022 /u.test(e));

describe('a council founded, no sitting', () => {
  it.each(RU_FORMS)('ru: %s', (sentence) => {
    const all = events('ru', `${RU_LEAD} ${sentence}`);
    expect(founded(all)).toEqual([expect.stringMatching(/^other 2022 .*Kurultai.* founded$/u)]);
    expect(all).toContainEqual('meeting 2025-03-14 Session of the National Kurultai');
  });
  it.each(KK_FORMS)('kk: %s', (sentence) => {
    const all = events('kk', `${KK_LEAD} ${sentence}`);
    expect(founded(all)).toEqual([expect.stringMatching(/^other 2022 .*Kurultai.* founded$/u)]);
    expect(all).toContainEqual('meeting 2025-03-14 Session of the National Kurultai');
  });
  it.each([
    ['ru', `${RU_LEAD} Курултай в 2022 году провёл первое заседание.`],
    ['kk', `${KK_LEAD} Құрылтай 2022 жылы алғашқы отырысын өткізді.`],
  ] as const)('%s: a sitting told in the past is still a sitting', (lang, text) => {
    expect(founded(events(lang, text))).toEqual([expect.stringMatching(/^meeting 2022 /u)]);
  });
});
