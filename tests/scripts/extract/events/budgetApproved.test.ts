/**
 * A budget approved, adopted or amended, by a chamber, the government or a maslikhat, is an event
 * (type other, the Kazakh cue's 'budget' facet), dated by its own day or as the article's news:
 * "Мажилис одобрил республиканский бюджет на 2026–2028 годы" and "Мәжіліс 2026–2028 жылдарға
 * арналған республикалық бюджетті мақұлдады" gave nothing (Russian had no budget cue, the Kazakh
 * one no "мақұлда-"). The years in "на 2026–2028 годы" / "2026–2028 жылдарға арналған" are the
 * budget's period, not the act's date. Titled by what was done: approved or amended. Sentences
 * written for the test, after a headline and a lead.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-11-12';
const LEAD = {
  ru: 'Депутаты завершили осеннюю работу над бюджетом\n\nВ Астане сегодня прошло пленарное заседание, на котором депутаты рассмотрели ряд вопросов.',
  kk: 'Депутаттар бюджет бойынша жұмысты аяқтады\n\nАстанада бүгін жалпы отырыс өтіп, депутаттар бірқатар мәселені қарады.',
};
const BODIES = {
  ru: ['Мажилис', 'Сенат', 'Правительство', 'Областной маслихат'],
  kk: ['Мәжіліс', 'Сенат', 'Үкімет', 'Облыстық мәслихат'],
};
const PERIODS = {
  ru: ['на 2026–2028 годы', 'на 2026 год'],
  kk: ['2026–2028 жылдарға арналған', '2026 жылға арналған'],
};
/** [the act told after the body (the period put in; %V the verb's ending for its gender), its title]. */
const ACTS = {
  ru: [
    ['одобрил%V республиканский бюджет %P.', 'A budget is approved'],
    ['утвердил%V бюджет %P.', 'A budget is approved'],
    ['принял%V проект республиканского бюджета %P.', 'A budget is approved'],
    ['%E изменения в бюджет %P.', 'The budget is amended'],
    ['уточнил%V местный бюджет %P.', 'The budget is amended'],
  ],
  kk: [
    ['%P республикалық бюджетті мақұлдады.', 'A budget is approved'],
    ['%P бюджет жобасын мақұлдады.', 'A budget is approved'],
    ['%P бюджетті бекітті.', 'A budget is approved'],
    ['%P бюджетке түзетулер енгізді.', 'The budget is amended'],
    ['%P жергілікті бюджетті нақтылады.', 'The budget is amended'],
  ],
} as const;

const cases = (['ru', 'kk'] as const).flatMap((lang) =>
  BODIES[lang].flatMap((body, b) =>
    ACTS[lang].map(([act, title]) => {
      const neuter = body === 'Правительство';
      const told = act
        .replace('%P', PERIODS[lang][b % 2]!)
        .replace('%V', neuter ? 'о' : '')
        .replace('%E', neuter ? 'внесло' : 'внёс');
      return [lang, `${body} ${told}`, title] as const;
    }),
  ),
);

const budgetsOf = (lang: 'kk' | 'ru', sentence: string) =>
  extractSentences(lang, `${LEAD[lang]}\n\n${sentence}`, PUBLISHED)
    .events.filter((e) => e.sources[0]!.evidence.some((x) => x.text === sentence))
    .map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`);

describe('a budget approved or amended is the news, not of its period', () => {
  it.each(cases)('%s: %s', (lang, sentence, title) => {
    expect(budgetsOf(lang, sentence)).toContain(`other ${PUBLISHED} ${title}`);
    expect(budgetsOf(lang, sentence).filter((e) => / 2026/u.test(e))).toEqual([]);
  });
});

/** A dated step to come, and the passive: dated by their own day. */
const DATED: Array<['kk' | 'ru', string, string]> = [
  [
    'ru',
    'Сенат утвердит республиканский бюджет на 2026–2028 годы 20 ноября.',
    'other 2025-11-20 A budget to be approved',
  ],
  [
    'ru',
    'Республиканский бюджет на 2026–2028 годы утверждён Сенатом 10 ноября.',
    'other 2025-11-10 A budget is approved',
  ],
  [
    'kk',
    'Сенат 2026–2028 жылдарға арналған республикалық бюджетті 20 қарашада мақұлдайды.',
    'other 2025-11-20 A budget to be approved',
  ],
  [
    'kk',
    'Мәжіліс 10 қарашада 2026–2028 жылдарға арналған республикалық бюджетті мақұлдады.',
    'other 2025-11-10 A budget is approved',
  ],
];

describe('a budget act dated by its own day', () => {
  it.each(DATED)('%s: %s', (lang, sentence, event) => {
    expect(budgetsOf(lang, sentence)).toEqual([event]);
  });
});

/** Not a budget act: a law on the budget, the budget as a topic. */
const NOT: Array<['kk' | 'ru', string]> = [
  ['ru', 'Мажилис принял закон о республиканском бюджете на 2026–2028 годы.'],
  ['ru', 'Депутаты обсудили вопросы исполнения бюджета.'],
  ['kk', 'Мәжіліс республикалық бюджет туралы заңды қабылдады.'],
];

describe('a law on the budget or a topic is no budget act', () => {
  it.each(NOT)('%s: %s', (lang, sentence) => {
    expect(budgetsOf(lang, sentence).filter((e) => /budget is|budget to/iu.test(e))).toEqual([]);
  });
});
