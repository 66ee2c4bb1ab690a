/**
 * A year-less date of the event an act told as done comes after points back: "5 маусымдағы
 * референдумнан кейін Парламент жаңа заң қабылдады" and "После референдума 5 июня парламент
 * принял закон" written on 12 March 2025 dated the referendum 2025-06-05, planned (the nearest
 * year), though the law passed after it is told as done. The referendum lies before that act:
 * the latest such day not after publication, reported. Generated over month/day pairs on both
 * sides of the publication date, events and acts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { extractSentences } from '../events/extractSentences';
import { KK_MONTHS, RU_MONTHS_GENITIVE } from '../monthNames';

const PUBLISHED = '2025-03-12';
/** [month, day]: before, on and after the publication's day, near it and far from it. */
const DAYS: Array<[number, number]> = [
  [1, 20],
  [2, 5],
  [3, 5],
  [3, 12],
  [3, 20],
  [4, 2],
  [6, 5],
  [8, 30],
  [9, 15],
  [11, 20],
  [12, 16],
];
/** The latest such day not after publication. */
const latest = ([m, d]: [number, number]) =>
  `${m * 100 + d <= 312 ? 2025 : 2024}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Kazakh attributive of a day ("5 маусымдағы", "20 қаңтардағы"): -дағы/-дегі, -тағы/-тегі. */
function kkAttributive(month: string, day: number): string {
  const back = /[аоұы][^аоұыәеіөүиэ]*$/u.test(month);
  const voiceless = /[қкптсшфхчц]$/u.test(month);
  return `${day} ${month}${voiceless ? 'т' : 'д'}${back ? 'а' : 'е'}${back ? 'ғы' : 'гі'}`;
}

const EVENTS = {
  kk: ['референдумнан', 'сайлаудан', 'республикалық референдумнан', 'съезден'],
  ru: ['референдума', 'выборов', 'республиканского референдума', 'съезда'],
};
const ACTS = {
  kk: ['кейін Парламент жаңа заң қабылдады.', 'соң Президент жарлыққа қол қойды.'],
  ru: ['парламент принял закон.', 'президент подписал указ.'],
};

const cases = DAYS.flatMap((md) =>
  [0, 1, 2, 3].flatMap((k) => {
    const act = k % 2;
    const kkDate = kkAttributive(KK_MONTHS[md[0] - 1]!, md[1]);
    const ruDate = `${md[1]} ${RU_MONTHS_GENITIVE[md[0] - 1]!}`;
    return [
      ['kk', `${kkDate} ${EVENTS.kk[k]} ${ACTS.kk[act]}`, kkDate, latest(md)],
      ['ru', `После ${EVENTS.ru[k]} ${ruDate} ${ACTS.ru[act]}`, ruDate, latest(md)],
    ] as const;
  }),
);

describe('a year-less date of an event a done act comes after is past', () => {
  it.each(cases)('%s: %s', (lang, sentence, span, value) => {
    const t = tagDates(sentence, { lang, dct: PUBLISHED }).find((x) => x.text === span);
    expect(t?.value).toBe(value);
  });
});

describe('the event is dated so, and told as done', () => {
  it.each(cases.filter(([, s]) => !/съезд/u.test(s)))('%s: %s', (lang, sentence, _span, value) => {
    const dated = extractSentences(lang, sentence, PUBLISHED).events.filter((e) =>
      ['referendum', 'election'].includes(e.type),
    );
    expect(dated.map((e) => `${e.date.edtf} ${e.status}`)).toEqual([`${value} reported`]);
  });
});

/** An act told ahead after the event, or before the phrase: the event's day is not pulled back. */
const AHEAD: Array<['kk' | 'ru', string, string, string]> = [
  [
    'ru',
    'Однако из-за каникул депутаты вернутся к закону после открытия сессии 1 сентября.',
    '1 сентября',
    '2025-09-01',
  ],
  ['ru', 'После открытия сессии 1 сентября депутаты рассмотрят закон.', '1 сентября', '2025-09-01'],
  [
    'kk',
    '1 қыркүйектегі сессиядан кейін депутаттар заңды қарайды.',
    '1 қыркүйектегі',
    '2025-09-01',
  ],
];

describe('an act told ahead leaves the event its nearest or coming day', () => {
  it.each(AHEAD)('%s: %s', (lang, sentence, span, value) => {
    const t = tagDates(sentence, { lang, dct: PUBLISHED }).find((x) => x.text === span);
    expect(t?.value).toBe(value);
  });
});
