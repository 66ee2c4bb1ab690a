/**
 * A vote told in a past participle is done, whatever the main verb tells ahead. "Конституция,
 * принятая на референдуме 5 июня, вступит в силу 1 июля" and "5 маусымда референдумда
 * қабылданған Конституция 1 шілдеде күшіне енеді" (sentences written for the check, published in
 * March) put the referendum ahead, on 5 June of the publication's year, planned: the date took
 * the direction of the main clause's future. Russian read no participle phrase past a "на" between
 * the participle and the date (a target's "на 5 марта"); the place of the act in the prepositional,
 * "на референдуме", is no target now (locales/ru/dates/guessRuDirection.ts AT_EVENT). Kazakh let a
 * later date's clause verb decide for an earlier one even with a participle between; a bare
 * participle before the later date keeps the earlier date its own (guessKkDirection.ts
 * BARE_PARTICIPLE). Generated over acts, participles in gender and number, main verbs in tense and
 * dates in both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2026-03-12';
// prettier-ignore
const RU_ACTS = [
  ['Конституция', 'принятая', 'вступит в силу'],
  ['Новая Конституция', 'одобренная', 'вступит в силу'],
  ['Поправки', 'принятые', 'вступят в силу'],
  ['Поправки в Конституцию', 'одобренные', 'вступят в силу'],
];
const RU_MAIN = ['1 июля', 'с 1 июля'];
const RU_DATES = [
  ['5 июня', '2025-06-05'],
  ['30 августа', '2025-08-30'],
];
// prettier-ignore
const KK_ACTS = [
  ['қабылданған', 'Конституция', 'күшіне енеді'],
  ['қабылданған', 'жаңа Конституция', 'күшіне енеді'],
  ['мақұлданған', 'түзетулер', 'күшіне енеді'],
  ['мақұлданған', 'Конституцияға түзетулер', 'қолданысқа енеді'],
];
const KK_MAIN = ['1 шілдеде', '1 шілдеден бастап'];
const KK_DATES = [
  ['5 маусымда', '2025-06-05'],
  ['30 тамызда', '2025-08-30'],
];

const cases = [
  ...RU_ACTS.flatMap(([act, part, verb]) => RU_MAIN.flatMap((main) => RU_DATES.map(([d, day]) => ['ru', `${act}, ${part} на референдуме ${d}, ${verb} ${main}.`, day]))),
  ...KK_ACTS.flatMap(([part, act, verb]) => KK_MAIN.flatMap((main) => KK_DATES.map(([d, day]) => ['kk', `${d} референдумда ${part} ${act} ${main} ${verb}.`, day]))),
] as Array<['kk' | 'ru', string, string]>; // prettier-ignore

describe('a vote told in a past participle is done', () => {
  it.each(cases)('%s: %s', (lang, text, day) => {
    // (The vote, or the act adopted at it where the act's cue holds the participle: "Поправки,
    // принятые …" is the amendments' adoption; either is done, on the vote's day.)
    const onDay = extractSentences(lang, text, PUB).events.filter((e) => e.date.edtf.endsWith(day.slice(4))); // prettier-ignore
    expect(onDay.length).toBeGreaterThan(0);
    expect(new Set(onDay.map((e) => `${e.date.edtf} ${e.status}`))).toEqual(
      new Set([`${day} reported`]),
    );
  });

  // (A target's "на" with the accusative stays ahead: "назначенные на 5 апреля".)
  it.each([
    ['ru', 'Выборы, назначенные на 5 апреля, пройдут досрочно.', '2026-04-05 planned'],
    [
      'kk',
      '5 сәуірде өтетін сайлауда жеңген депутаттар 1 шілдеде ант береді.',
      '2026-04-05 planned',
    ],
  ] as Array<['kk' | 'ru', string, string]>)('%s: %s', (lang, text, want) => {
    const votes = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'election');
    expect(votes.map((e) => `${e.date.edtf} ${e.status}`)).toEqual([want]);
  });
});
