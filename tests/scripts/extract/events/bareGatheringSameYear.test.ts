/**
 * A bare gathering ("заседание", "отырыс") joins the specific event of its day. A year, a season
 * or a month in common is no shared day: "Следующее заседание пройдет в 2027 году" was merged into
 * the referendum of 2027 the sentence before told, and the session was lost. Sentences written for
 * the test, generated over the vote, the gathering's words and the coarse date.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const RU_DATES = ['в 2027 году', 'осенью 2027 года', 'в сентябре 2027 года'];
const RU_VOTES = [
  (d: string) => `Президент сказал, что референдум может пройти ${d}.`,
  (d: string) => `Выборы в Мажилис пройдут ${d}.`,
];
const RU_BARE = [
  (d: string) => `Следующее заседание пройдет ${d}.`,
  (d: string) => `Очередное заседание состоится ${d}.`,
];
const KK_DATES = ['2027 жылы', '2027 жылдың күзінде', '2027 жылғы қыркүйекте'];
const KK_VOTES = [
  (d: string) => `Президент референдум ${d} өтуі мүмкін екенін айтты.`,
  (d: string) => `Мәжіліс сайлауы ${d} өтеді.`,
];
const KK_BARE = [
  (d: string) => `Келесі отырыс ${d} өтеді.`,
  (d: string) => `Кезекті отырыс ${d} өткізіледі.`,
];

const gen = (dates: string[], votes: ((d: string) => string)[], bare: ((d: string) => string)[]) =>
  dates.flatMap((d) => votes.flatMap((v) => bare.map((b) => `${v(d)} ${b(d)}`)));

const evidenceOf = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(
    lang,
    `${lang === 'kk' ? 'Саяси жаңалықтар' : 'Новости политики'}\n\n${text}`,
    '2026-03-14',
  ).events.map((e) => e.sources.flatMap((s) => s.evidence.map((x) => x.text)));

describe('a bare gathering of a year or a month is no part of a vote of that year', () => {
  it.each(gen(RU_DATES, RU_VOTES, RU_BARE))('ru %s', (text) => {
    const lists = evidenceOf('ru', text);
    // The gathering's sentence is the evidence of no event that also holds the vote's.
    const [vote, bare] = text.split(/(?<=\.)\s/u);
    expect(lists.some((l) => l.includes(vote!) && l.includes(bare!))).toBe(false);
    expect(lists.some((l) => l.includes(bare!))).toBe(true);
  });
  it.each(gen(KK_DATES, KK_VOTES, KK_BARE))('kk %s', (text) => {
    const lists = evidenceOf('kk', text);
    const [vote, bare] = text.split(/(?<=\.)\s/u);
    expect(lists.some((l) => l.includes(vote!) && l.includes(bare!))).toBe(false);
    expect(lists.some((l) => l.includes(bare!))).toBe(true);
  });
  it('a bare gathering of the same day still joins the gathering of that day', () => {
    const lists = evidenceOf(
      'ru',
      'Съезд партии AMANAT пройдет 20 апреля 2027 года. Заседание пройдет 20 апреля 2027 года в Астане.',
    );
    expect(lists).toHaveLength(1);
  });
});
