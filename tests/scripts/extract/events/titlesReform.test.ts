/**
 * The Constitution coming into force is a reform titled by what happens: the Constitution (or
 * amendments to it) comes into force, not "Political reforms" (events/titlesReform.ts); a
 * Constitution the text calls new is "the new Constitution". Generated over subjects, tenses and
 * days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === 'reform')
    .map((e) => [e.title.en, e.title.kk, e.title.ru]);

const KK_NEW = ['Жаңа Конституция', 'Елдің жаңа Конституциясы', 'Жаңа Негізгі заң'];
const RU_NEW = ['Новая Конституция', 'Новая Конституция страны', 'Новый Основной закон'];
const KK_DAYS = {
  ahead: ['1 шілдеден бастап', '1 шілдеде'],
  past: ['2023 жылғы 1 шілдеде', '10 наурызда'],
};
const RU_DAYS = { ahead: ['1 июля', 'с 1 июля'], past: ['1 июля 2023 года', '10 марта'] };
const RU_VERB: Record<string, [string, string]> = {
  Новая: ['вступила', 'вступит'],
  Новый: ['вступил', 'вступит'],
};

type Case = ['kk' | 'ru', string, string[]];
const whole = (en: string, kk: string, ru: string) => [en, kk, ru];
// prettier-ignore
const cases: Case[] = [
  ...KK_NEW.flatMap((np): Case[] => [
    ...KK_DAYS.ahead.map((d): Case => ['kk', `${np} ${d} күшіне енеді.`, whole('The new Constitution to come into force', 'Жаңа Конституция күшіне енбек', 'Новая Конституция вступит в силу')]),
    ...KK_DAYS.past.map((d): Case => ['kk', `${np} ${d} күшіне енді.`, whole('The new Constitution comes into force', 'Жаңа Конституция күшіне енді', 'Новая Конституция вступила в силу')]),
  ]),
  ...RU_NEW.flatMap((np): Case[] => {
    const [did, will] = RU_VERB[np.split(' ')[0]!]!;
    return [
      ...RU_DAYS.ahead.map((d): Case => ['ru', `${np} ${will} в силу ${d}.`, whole('The new Constitution to come into force', 'Жаңа Конституция күшіне енбек', 'Новая Конституция вступит в силу')]),
      ...RU_DAYS.past.map((d): Case => ['ru', `${np} ${did} в силу ${d}.`, whole('The new Constitution comes into force', 'Жаңа Конституция күшіне енді', 'Новая Конституция вступила в силу')]),
    ];
  }),
  ...['10 марта', '1 июля 2023 года'].map((d): Case => ['ru', `Поправки в Конституцию вступили в силу ${d}.`, whole('Amendments to the Constitution come into force', 'Конституцияға өзгерістер күшіне енді', 'Поправки в Конституцию вступили в силу')]),
  ...['10 наурызда', '2023 жылғы 1 шілдеде'].map((d): Case => ['kk', `Конституцияға енгізілген өзгерістер ${d} күшіне енді.`, whole('Amendments to the Constitution come into force', 'Конституцияға өзгерістер күшіне енді', 'Поправки в Конституцию вступили в силу')]),
];

describe('the Constitution comes into force', () => {
  it.each(cases)('%s: %s', (lang, sentence, title) => {
    expect(titles(lang, sentence)).toEqual([title]);
  });
});
