/**
 * A chamber that "will consider it" reads a bill only when the sentences before name one. "Министр
 * представил отчёт. Сенат рассмотрит его 5 мая." (sentences written for the check) gave "A bill to
 * be read in the Senate": the Russian cue took "его" for a bill wherever it stood
 * (locales/ru/events/triggersStateActs.ts); Kazakh "Сенат оны 5 мамырда қарайды" after a bill gave
 * nothing. A pronoun next to the verb now takes up a bill named before (Trigger.alsoBefore), else
 * no event; a future verb is a planned reading.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const RU_CHAMBERS = [
  ['Сенат', 'рассмотрит', 'in the Senate'],
  ['Мажилис', 'рассмотрит', 'in the Mazhilis'],
  ['Депутаты Мажилиса', 'рассмотрят', 'in the Mazhilis'],
] as const;
const RU_BILLS = [
  'Правительство внесло законопроект о рекламе.',
  'Мажилис принял законопроект об образовании.',
  'Министр представил поправки в Налоговый кодекс.',
  'Ратифицированные документы направят в Сенат.',
];
const RU_OTHER = [
  'Министр представил отчёт о работе ведомства.',
  'Аким представил план развития города.',
  'Правительство подготовило предложения по тарифам.',
];
const RU_DAYS = ['5 мая', 'в июне', 'на следующей неделе'];
const ruSay = (c: string, v: string, pro: string, d: string, order: number) =>
  order ? `${c} ${v} ${pro} ${d}.` : `${c} ${pro} ${v} ${d}.`;

const KK_CHAMBERS = [
  ['Сенат', 'in the Senate'],
  ['Мәжіліс', 'in the Mazhilis'],
] as const;
const KK_BILLS = [
  'Үкімет жарнама туралы заң жобасын енгізді.',
  'Мәжіліс білім туралы заң жобасын қабылдады.',
  'Министр Салық кодексіне түзетулерді ұсынды.',
  'Мәжіліс келісімді ратификациялады.',
];
const KK_OTHER = [
  'Министр ведомство жұмысы туралы есеп берді.',
  'Әкім қаланы дамыту жоспарын ұсынды.',
];
const KK_DAYS = ['5 мамырда', 'мамырда', 'келесі аптада'];

const laws = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === 'law')
    .map((e) => `${e.status} ${e.title.en}`);

const ruPronoun = (b: string) => (/поправки|предложения|документы/u.test(b) ? 'их' : 'его');

describe('a bill taken up by a pronoun', () => {
  it.each(
    RU_BILLS.flatMap((b) =>
      RU_CHAMBERS.flatMap(([c, v, en]) =>
        RU_DAYS.flatMap((d) => [0, 1].map((o) => [`${b} ${ruSay(c, v, ruPronoun(b), d, o)}`, en])),
      ),
    ),
  )('ru, a bill before: %s', (text, en) => {
    expect(laws('ru', text)).toContain(`planned A bill to be read ${en}`);
  });
  it.each(
    RU_OTHER.flatMap((b) =>
      RU_CHAMBERS.flatMap(([c, v]) =>
        RU_DAYS.map((d) => `${b} ${ruSay(c, v, ruPronoun(b), d, 1)}`),
      ),
    ),
  )('ru, no bill before: %s', (text) => {
    expect(laws('ru', text)).toEqual([]);
  });
  it.each(
    KK_BILLS.flatMap((b) =>
      KK_CHAMBERS.flatMap(([c, en]) =>
        KK_DAYS.map((d) => [`${b} ${c} ${/түзету/u.test(b) ? 'оларды' : 'оны'} ${d} қарайды.`, en]),
      ),
    ),
  )('kk, a bill before: %s', (text, en) => {
    expect(laws('kk', text).filter((t) => t.startsWith('planned'))).toEqual([
      `planned A bill to be read ${en}`,
    ]);
  });
  it.each(
    KK_OTHER.flatMap((b) =>
      KK_CHAMBERS.flatMap(([c]) => KK_DAYS.map((d) => `${b} ${c} оны ${d} қарайды.`)),
    ),
  )('kk, no bill before: %s', (text) => {
    expect(laws('kk', text)).toEqual([]);
  });
});
