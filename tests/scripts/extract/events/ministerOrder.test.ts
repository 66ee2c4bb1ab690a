/**
 * A minister's order issued or signed is an act of the day: "Министр юстиции издал приказ об
 * утверждении правил" gave no event (no cue read "приказ"/"бұйрық" with its verb). Titled by the
 * act the text names and its issuer by his post: "The Minister of Justice issues an order".
 * Sentences written for the test, generated over verbs, word orders, a name and none.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => `${e.type} ${e.title.en}`);

const WHO = [
  ['Министр юстиции', 'Әділет министрі', 'The Minister of Justice'],
  ['Министр юстиции Ерлан Сапаров', 'Әділет министрі Ерлан Сапаров', 'Yerlan Saparov'],
] as const;
// prettier-ignore
const RU: [(w: string) => string, string][] = [
  [(w) => `${w} издал приказ об утверждении правил.`, 'issues'],
  [(w) => `${w} подписал приказ о создании рабочей группы.`, 'signs'],
  [(w) => `${w} 10 марта подписал приказ об утверждении правил.`, 'signs'],
  [(w) => `${w} издал новый приказ.`, 'issues'],
];
// prettier-ignore
const KK: [(w: string) => string, string][] = [
  [(w) => `${w} бұйрыққа қол қойды.`, 'signs'],
  [(w) => `${w} жұмыс тобын құру туралы бұйрыққа қол қойды.`, 'signs'],
  [(w) => `${w} қағидаларды бекіту туралы бұйрық шығарды.`, 'issues'],
  [(w) => `${w} 10 наурызда бұйрық шығарды.`, 'issues'],
];

describe("a minister's order is an act, titled by its noun and its issuer", () => {
  it.each(WHO.flatMap(([ru, , en]) => RU.map(([f, v]) => [f(ru), `decree ${en} ${v} an order`])))(
    'ru %s',
    (text, want) => expect(titles('ru', text)).toEqual([want]),
  );
  it.each(WHO.flatMap(([, kk, en]) => KK.map(([f, v]) => [f(kk), `decree ${en} ${v} an order`])))(
    'kk %s',
    (text, want) => expect(titles('kk', text)).toEqual([want]),
  );
  // (An order only followed is no act of the day.)
  it('ru по приказу', () =>
    expect(titles('ru', 'По приказу министра сотрудники подписали обязательства.')).toEqual([]));
});
