/**
 * A count of acts over a span is a statistic, no single event: "В прошлом году Мажилис рассмотрел
 * 120 законопроектов", "в прошлом году комиссия провела три референдума", "Өткен жылы Мәжіліс 120
 * заң жобасын қарады", "үш референдум өткізді" (test sentences written for the check) each became
 * one law or referendum event of that year. A cue whose noun is counted (or a verb whose sentence
 * names its kind only counted) tells no event when the sentence's date is a year or a month, or a
 * span with no date; acts counted on a day, a plan, and one act named alone stay events.
 * Generated over spans, counts and kinds, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

const RU_SPANS = ['В прошлом году', 'В 2024 году', 'В январе', 'За годы независимости'];
const RU_COUNTS = ['120', 'три', 'несколько', 'более 40'];
// prettier-ignore
const RU_ACTS = (n: string) => [
  `Мажилис рассмотрел ${n} законопроектов`,
  `Сенат одобрил ${n} законов`,
  `комиссия провела ${n} референдума`,
  `президент подписал ${n} указов`,
];
const KK_SPANS = ['Өткен жылы', '2024 жылы', 'Қаңтарда', 'Тәуелсіздік жылдарында'];
const KK_COUNTS = ['120', 'үш', 'бірнеше', '40-тан астам'];
// prettier-ignore
const KK_ACTS = (n: string) => [
  `Мәжіліс ${n} заң жобасын қарады`,
  `Сенат ${n} заңды қабылдады`,
  `комиссия ${n} референдум өткізді`,
  `Президент ${n} Жарлыққа қол қойды`,
];

type Case = ['kk' | 'ru', string];
// prettier-ignore
const tallies: Case[] = [
  ...RU_SPANS.flatMap((span, i) => RU_ACTS(RU_COUNTS[i]!).map((a): Case => ['ru', `${span} ${a}.`])),
  ...KK_SPANS.flatMap((span, i) => KK_ACTS(KK_COUNTS[i]!).map((a): Case => ['kk', `${span} ${a}.`])),
];

// prettier-ignore
const events: Array<['kk' | 'ru', string, string]> = [
  ['ru', '5 марта президент подписал три указа.', 'decree'],
  ['ru', 'В этом году депутатам предстоит принять еще несколько законов.', 'law'],
  ['ru', 'В прошлом году Мажилис принял закон о выборах.', 'law'],
  ['ru', 'В прошлом году прошел референдум.', 'referendum'],
  ['kk', '5 наурызда Президент үш Жарлыққа қол қойды.', 'decree'],
  ['kk', 'Өткен жылы референдум өтті.', 'referendum'],
];

describe('a count of acts over a span is no event', () => {
  it.each(tallies)('%s: %s', (lang, text) => {
    const types = extractSentences(lang, text, PUB).events.map((e) => e.type);
    expect(types).toEqual([]);
  });
  it.each(events)('%s: %s', (lang, text, type) => {
    const types = extractSentences(lang, text, PUB).events.map((e) => e.type);
    expect(types).toContain(type);
  });
});
