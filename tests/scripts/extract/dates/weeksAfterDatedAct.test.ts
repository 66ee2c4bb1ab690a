/**
 * Weeks counted from a day the same sentence dates give a day, not the week it falls in: "Закон
 * подписан 5 марта и вступил в силу через две недели" is 19 March. The tagger counts "через N
 * недель" from the publication as a week, and counting it again from the act kept the week.
 * Generated over the amounts, the words that count (через, спустя; Kazakh кейін, соң) and the
 * acts; a week told in a sentence of its own after a story's day stays a week.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const DCT = '2024-06-19';
const valueOf = (lang: 'kk' | 'ru', text: string, span: string) =>
  tagDates(text, { lang, dct: DCT }).find((t) => t.text === span)?.value;

// [the amount of weeks as written, the day it gives after 5 March]
const RU_WEEKS: Array<[string, string]> = [
  ['неделю', '2024-03-12'],
  ['две недели', '2024-03-19'],
  ['2 недели', '2024-03-19'],
  ['три недели', '2024-03-26'],
];
const RU_COUNTS = [(w: string) => `через ${w}`, (w: string) => `спустя ${w}`];
const RU_ACTS = [
  (span: string) => `Закон подписан 5 марта и вступил в силу ${span}.`,
  (span: string) => `5 марта Президент подписал указ, который вступил в силу ${span}.`,
  (span: string) => `Парламент принял закон 5 марта, а ${span} его подписал Президент.`,
];

const ruCases = RU_WEEKS.flatMap(([weeks, day]) =>
  RU_COUNTS.flatMap((count) =>
    RU_ACTS.map((act) => ({ text: act(count(weeks)), span: count(weeks), day })),
  ),
);

describe('Russian: weeks after a dated act of the sentence', () => {
  it.each(ruCases)('$text', ({ text, span, day }) => {
    expect(valueOf('ru', text, span)).toBe(day);
  });
});

// [the span, the day it gives after 5 March]
const KK_WEEKS: Array<[string, string]> = [
  ['бір аптадан кейін', '2024-03-12'],
  ['екі аптадан кейін', '2024-03-19'],
  ['екі аптадан соң', '2024-03-19'],
  ['үш аптадан кейін', '2024-03-26'],
];
const KK_ACTS = [
  (span: string) => `Заңға 5 наурызда қол қойылды және ол ${span} күшіне енді.`,
  (span: string) => `Заң 5 наурызда қабылданды, ол ${span} күшіне енді.`,
];

const kkCases = KK_WEEKS.flatMap(([span, day]) =>
  KK_ACTS.map((act) => ({ text: act(span), span, day })),
);

describe('Kazakh: weeks after a dated act of the sentence', () => {
  it.each(kkCases)('$text', ({ text, span, day }) => {
    expect(valueOf('kk', text, span)).toBe(day);
  });
});

describe('a week in a sentence of its own stays a week', () => {
  it.each([
    ['ru', 'Закон подписан 5 марта. Спустя две недели он вступил в силу.', 'Спустя две недели'],
    ['kk', 'Заңға 5 наурызда қол қойылды. Екі аптадан кейін ол күшіне енді.', 'Екі аптадан кейін'],
  ] as const)('%s: %s', (lang, text, span) => {
    expect(valueOf(lang, text, span)).toBe('2024-W12');
  });
});
