import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../scripts/extract/dates/tagDates';

/*
 * A dotted date written year first, "2024.06.05" (as official Kazakh documents write it), is
 * that day, with the year words of both languages after it. It was not read at all. Numbers
 * that are no such date stay untagged: a fourth dotted part ("2024.06.05.1", a version or a
 * clause), an impossible day, a first part that is no year of 1900–2099. Generated: every month
 * × first, tenth and last days × the year words.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (m: number) => new Date(Date.UTC(2024, m, 0)).getUTCDate();
const DATES = Array.from({ length: 12 }, (_, k) => k + 1).flatMap((m) =>
  [1, 10, lastDay(m)].map((d) => ({ d, m })),
);
const SUFFIXES: readonly ['kk' | 'ru', string][] = [
  ['kk', ''],
  ['kk', ' ж.'],
  ['kk', ' жылғы'],
  ['ru', ''],
  ['ru', ' г.'],
];
const tag = (lang: 'kk' | 'ru', text: string) =>
  tagDates(`${lang === 'kk' ? 'Шешім' : 'Решение'} ${text} қабылданды .`, {
    lang,
    dct: '2025-02-12',
  }).map((t) => [t.text, t.value]);

describe('year-first dotted dates', () => {
  it.each(SUFFIXES)('%s: every "2024.MM.DD%s" is that day', (lang, suffix) => {
    const wrong = DATES.flatMap(({ d, m }) => {
      const text = `2024.${pad(m)}.${pad(d)}${suffix}`;
      const found = tag(lang, text);
      const want = [[text, `2024-${pad(m)}-${pad(d)}`]];
      return JSON.stringify(found) === JSON.stringify(want) ? [] : [[text, found]];
    });
    expect(wrong).toEqual([]);
  });
  it.each(['2024.06.05.1', '2024.02.30', '3024.06.05', '1024.06.05'])('"%s" is no date', (text) => {
    expect(tag('kk', text)).toEqual([]);
  });
});
