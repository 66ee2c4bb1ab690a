/**
 * A law's title says which law and what happened to it ("The Tax Code comes into force"), never
 * the bare "Law". Sentences written for the test, generated over the codes and laws the lexicon
 * names, in each case form the sentence puts them, and over the steps of a law's life.
 */
import { describe, expect, it } from 'vitest';
import { LAWS, type LawKey } from '../../../../scripts/extract/events/lawNames';
import { extractSentences as eventsOf } from './extractSentences';

const titleOf = (lang: 'kk' | 'ru', s: string) => eventsOf(lang, s, '2025-09-10').events[0]?.title;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

// Each law as the sentence names it: [key, kk nominative, kk dative, ru nominative, ru genitive].
// prettier-ignore
const NAMED: Array<[LawKey, string, string, string]> = [
  ['tax-code', 'Салық кодексі', 'Налоговый кодекс', 'Налогового кодекса'],
  ['social-code', 'Әлеуметтік кодекс', 'Социальный кодекс', 'Социального кодекса'],
  ['land-code', 'Жер кодексі', 'Земельный кодекс', 'Земельного кодекса'],
  ['water-code', 'Су кодексі', 'Водный кодекс', 'Водного кодекса'],
  ['environmental-code', 'Экологиялық кодекс', 'Экологический кодекс', 'Экологического кодекса'],
  ['budget-code', 'Бюджет кодексі', 'Бюджетный кодекс', 'Бюджетного кодекса'],
  ['criminal-code', 'Қылмыстық кодекс', 'Уголовный кодекс', 'Уголовного кодекса'],
  ['labour-code', 'Еңбек кодексі', 'Трудовой кодекс', 'Трудового кодекса'],
  ['election-law', 'Сайлау туралы конституциялық заң', 'Закон о выборах', 'Закона о выборах'],
  ['parties-law', 'Саяси партиялар туралы заң', 'Закон «О политических партиях»', 'Закона «О политических партиях»'],
  ['assemblies-law', 'Бейбіт жиналыстарды ұйымдастыру және өткізу тәртібі туралы заң', 'Закон о мирных собраниях', 'Закона о мирных собраниях'],
  ['media-law', 'Масс-медиа туралы заң', 'Закон о масс-медиа', 'Закона о масс-медиа'],
  ['constitutional-court-law', 'Конституциялық Сот туралы заң', 'Закон о Конституционном суде', 'Закона о Конституционном суде'],
  ['lobbying-law', 'Лоббизм туралы заң', 'Закон о лоббизме', 'Закона о лоббизме'],
];

describe('a law named and in force', () => {
  it.each(NAMED)('kk %s', (key, kk) =>
    expect(titleOf('kk', `${kk} 2025 жылғы 1 шілдеде күшіне енді.`)?.en).toBe(
      `${cap(LAWS[key].en)} comes into force`,
    ),
  );
  it.each(NAMED)('ru %s', (key, _kk, ru) =>
    expect(titleOf('ru', `${ru} вступил в силу 1 июля 2025 года.`)?.en).toBe(
      `${cap(LAWS[key].en)} comes into force`,
    ),
  );
  it.each(NAMED)('kk %s, ahead', (key, kk) =>
    expect(titleOf('kk', `${kk} 2026 жылғы 1 қаңтардан бастап күшіне енеді.`)?.ru).toBe(
      `${cap(LAWS[key].ru)} вступит в силу`,
    ),
  );
});

describe('a law named and adopted, with no signer', () => {
  it.each(NAMED)('kk %s', (key, kk) =>
    expect(titleOf('kk', `${kk} 2025 жылғы 20 маусымда қабылданды.`)?.kk).toBe(
      `${cap(LAWS[key].kk)} қабылданды`,
    ),
  );
  it.each(NAMED)('ru %s', (key, _kk, _ru, ruGen) =>
    expect(
      titleOf('ru', `Принятие ${ruGen} состоялось 20 июня 2025 года, документ принят депутатами.`)
        ?.en,
    ).toBe(`${cap(LAWS[key].en)} is adopted`),
  );
});

// One sentence, two steps, each with its own day: each event is titled by the step of its day.
const TWO_STEPS: Array<['kk' | 'ru', string]> = [
  [
    'kk',
    'Кодекске 2025 жылғы 20 маусымда қол қойылған, ал ол 2025 жылғы 1 шілдеден бастап күшіне енеді.',
  ],
  [
    'ru',
    'Кодекс, подписанный 20 июня 2025 года и вступивший в силу 1 июля 2025 года, заменил прежний.',
  ],
];

describe('the step of each day', () => {
  it.each(TWO_STEPS)('%s: %s', (lang, s) => {
    const byDay = Object.fromEntries(
      eventsOf(lang, s, '2025-09-10').events.map((e) => [e.date.edtf, e.title.en]),
    );
    expect(byDay['2025-07-01']).toMatch(/comes into force$/u);
    expect(byDay['2025-06-20']).toMatch(/is (?:signed|adopted)$/u);
  });
});

// A code named as what amendments change, or as a place or source, is not the law enacted.
// prettier-ignore
const AMENDED: Array<['kk' | 'ru', string, string]> = [
  ['kk', 'Салық кодексіне түзетулер 2025 жылғы 1 шілдеде күшіне енді.', 'Amendments to the Tax Code come into force'],
  ['kk', 'Еңбек кодексіне өзгерістер енгізетін заң 2025 жылғы 20 маусымда қабылданды.', 'Amendments to the Labour Code are adopted'],
  ['ru', 'Поправки в Налоговый кодекс вступили в силу 1 июля 2025 года.', 'Amendments to the Tax Code come into force'],
  ['ru', 'Изменения в Трудовой кодекс приняты 20 июня 2025 года.', 'Amendments to the Labour Code are adopted'],
  ['kk', 'Өлім жазасын Қылмыстық кодекстен алып тастайтын заң 2025 жылғы 1 шілдеде күшіне енді.', 'A law comes into force'],
  ['ru', 'Закон, закрепленный в Уголовном кодексе, вступил в силу 1 июля 2025 года.', 'A law comes into force'],
];

describe('amendments to a law, and a law named only as a place', () => {
  it.each(AMENDED)('%s: %s', (lang, s, en) => expect(titleOf(lang, s)?.en).toBe(en));
});

// prettier-ignore
const RETURNED: Array<['kk' | 'ru', string]> = [
  ['kk', 'Сенат лоббизм туралы заңды 2025 жылғы 20 маусымда Мәжіліске қайтарды.'],
  ['ru', 'Сенат 20 июня 2025 года вернул в Мажилис закон о лоббизме.'],
];

describe('a law sent back', () => {
  it.each(RETURNED)('%s: %s', (lang, s) =>
    expect(titleOf(lang, s)?.en).toBe('The law on lobbying is sent back for revision'),
  );
});
