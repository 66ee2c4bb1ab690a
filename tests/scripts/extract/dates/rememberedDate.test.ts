/**
 * A year that only names what is remembered sets no year for the story. In an anniversary article
 * ("В Алматы почтили память жертв январских событий 2022 года. Президент 4 января подписал указ",
 * published 2025-01-05) the decree came out 2022-01-04: narrativeYear.ts took the January of the
 * events remembered for the paragraph's frame. A date governed by a noun of remembrance
 * (locales/ru/dates/ruRememberedDate.ts, locales/kk/dates/kkRememberedDate.ts) frames nothing; a
 * date told as the time of what happened still does. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const PUB = '2025-01-05';
const values = (lang: 'kk' | 'ru', text: string) =>
  tagDates(text, { lang, dct: PUB }).map((t) => `${t.text}=${t.value}`);

const RU_REMEMBERED = [
  'В Алматы почтили память жертв январских событий 2022 года.',
  'Годовщину январских событий 2022 года почтили минутой молчания.',
  'В столице прошла акция в память о жертвах январских событий 2022 года.',
  'Третью годовщину трагических событий января 2022 года отметили в Талдыкоргане.',
];
const KK_REMEMBERED = [
  'Алматыда 2022 жылғы қаңтар оқиғаларының құрбандары еске алынды.',
  '2022 жылғы қаңтар оқиғаларының жылдығы атап өтілді.',
  'Облыс орталығында 2022 жылғы қаңтар оқиғаларын еске алу шарасы өтті.',
];
const RU_DAYS = [
  ['Президент 4 января подписал указ о помиловании.', '4 января', '01-04'],
  ['Глава государства 3 января провел совещание.', '3 января', '01-03'],
] as const;
const KK_DAYS = [
  ['Президент 4 қаңтарда кешірім беру туралы Жарлыққа қол қойды.', '4 қаңтарда', '01-04'],
  ['Мемлекет басшысы 3 қаңтарда кеңес өткізді.', '3 қаңтарда', '01-03'],
] as const;

type Case = ['kk' | 'ru', string, string, string];
const remembered: Case[] = [
  ...RU_REMEMBERED.flatMap((a) => RU_DAYS.map(([b, d, md]): Case => ['ru', `${a} ${b}`, d, `2025-${md}`])),
  ...KK_REMEMBERED.flatMap((a) => KK_DAYS.map(([b, d, md]): Case => ['kk', `${a} ${b}`, d, `2025-${md}`])),
]; // prettier-ignore

const told: Case[] = [
  ...['В январе 2022 года в стране начались беспорядки.', 'Беспорядки начались в январе 2022 года.'].flatMap((a) => RU_DAYS.map(([b, d, md]): Case => ['ru', `${a} ${b}`, d, `2022-${md}`])),
  ...['2022 жылғы қаңтарда елде тәртіпсіздіктер басталды.'].flatMap((a) => KK_DAYS.map(([b, d, md]): Case => ['kk', `${a} ${b}`, d, `2022-${md}`])),
]; // prettier-ignore

describe('a year that names what is remembered is no year of the story', () => {
  it.each(remembered)('%s: %s → %s in the year published', (lang, text, day, value) => {
    expect(values(lang, text)).toContain(`${day}=${value}`);
  });

  it.each(told)('%s: %s → %s in the year told', (lang, text, day, value) => {
    expect(values(lang, text)).toContain(`${day}=${value}`);
  });
});
