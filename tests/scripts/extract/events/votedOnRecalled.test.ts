/**
 * A vote recalled in a participle phrase does not take the main clause's date: "Новая Конституция,
 * принятая на референдуме, вступит в силу 1 июля" and "Референдумда қабылданған жаңа Конституция
 * 1 шілдеде күшіне енеді" told a referendum on 1 July beside (or, in Kazakh, instead of) the
 * coming into force. The phrase describes its noun (set off by commas after it in Russian, before
 * it in Kazakh); a date past it is the main clause's. Generated over the acts voted on, the
 * participles (gender, number), the verbs of coming into force (tense), the dates and the vote's
 * own date, in Russian and Kazakh (locales/<lang>/events/cueInParticiple.ts, events/votedOn.ts).
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

const events = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => `${e.type} ${e.date.edtf}`);

type Case = [string, string];

// Russian: the act (its gender and number picks the participle and the verb), the dates.
const RU_ACTS: Array<[string, 'm' | 'f' | 'p']> = [
  ['Новая Конституция', 'f'],
  ['Конституция', 'f'],
  ['Закон о выборах', 'm'],
  ['Поправки в Конституцию', 'p'],
];
const RU_PARTICIPLES: Record<'m' | 'f' | 'p', string[]> = {
  m: ['принятый на референдуме', 'одобренный на всенародном референдуме'],
  f: ['принятая на референдуме', 'одобренная на республиканском референдуме'],
  p: ['принятые на референдуме', 'одобренные на референдуме'],
};
const RU_VERBS: Record<'m' | 'f' | 'p', string[]> = {
  m: ['вступит в силу', 'вступил в силу'],
  f: ['вступит в силу', 'вступила в силу'],
  p: ['вступят в силу', 'вступили в силу'],
};
const RU_DATES: Array<[string, string]> = [
  ['1 июля', '2025-07-01'],
  ['1 января 2026 года', '2026-01-01'],
  ['15 сентября', '2025-09-15'],
];
const ruCases: Case[] = RU_ACTS.flatMap(([act, g], i) =>
  RU_PARTICIPLES[g]!.flatMap((p, j) =>
    RU_VERBS[g]!.map((v, k): Case => {
      const [d, day] = RU_DATES[(i + j + k) % RU_DATES.length]!;
      return [`${act}, ${p}, ${v} ${d}.`, day];
    }),
  ),
);

// Kazakh: the act, the participle phrase, the verbs, the dates (locative).
const KK_ACTS = ['жаңа Конституция', 'Конституция', 'сайлау туралы заң', 'Конституцияға түзетулер'];
const KK_PARTICIPLES = ['Референдумда қабылданған', 'Республикалық референдумда мақұлданған'];
const KK_VERBS = ['күшіне енеді', 'күшіне енді', 'күшіне енбек'];
const KK_DATES: Array<[string, string]> = [
  ['1 шілдеде', '2025-07-01'],
  ['2026 жылғы 1 қаңтарда', '2026-01-01'],
  ['15 қыркүйекте', '2025-09-15'],
];
const kkCases: Case[] = KK_ACTS.flatMap((act, i) =>
  KK_PARTICIPLES.flatMap((p, j) =>
    KK_VERBS.map((v, k): Case => {
      const [d, day] = KK_DATES[(i + j + k) % KK_DATES.length]!;
      return [`${p} ${act} ${d} ${v}.`, day];
    }),
  ),
);

describe('a vote recalled in a participle phrase', () => {
  it.each(ruCases)('ru: %s', (text, day) => {
    const got = events('ru', text);
    expect(got.filter((e) => e.startsWith('referendum '))).toEqual([]);
    // (The day and month; a past verb sets the year back.)
    expect(got.some((e) => e.endsWith(day.slice(4)))).toBe(true);
  });
  it.each(kkCases)('kk: %s', (text, day) => {
    const got = events('kk', text);
    expect(got.filter((e) => e.startsWith('referendum '))).toEqual([]);
    // (The day and month; a past verb sets the year back.)
    expect(got.some((e) => e.endsWith(day.slice(4)))).toBe(true);
  });

  // As before: a referendum with a day of its own, in the phrase or as the main clause.
  it.each<['kk' | 'ru', string, string]>([
    ['ru', '5 июня прошёл референдум.', 'referendum 2024-06-05'],
    ['ru', 'Референдум о новой Конституции прошёл 5 июня.', 'referendum 2024-06-05'],
    // (Held, so the last 5 June before publication: votedInPastParticiple.test.ts.)
    ['ru', 'Конституция, принятая на референдуме 5 июня, вступит в силу 1 июля.', 'referendum 2024-06-05'], // prettier-ignore
    ['kk', '5 маусымда референдум өтті.', 'referendum 2024-06-05'],
    ['kk', 'Референдум 5 маусымда өтті.', 'referendum 2024-06-05'],
  ])('%s: the referendum keeps its day: %s', (lang, text, want) => {
    expect(events(lang, text)).toContain(want);
  });
});
