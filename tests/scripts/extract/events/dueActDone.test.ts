/**
 * A body's act told as done, with a horizon in its clause ("до 2035 года", "2035 жылға дейін"), is
 * done: "Правительство 11 марта утвердило план развития … до 2035 года" was titled "The Government
 * to approve a plan", a past act told as ahead. The horizon made the cue read what is due, and the
 * English title of what is due was always in the future. Generated over bodies, documents,
 * horizons and dates in both languages; sentences written for the test, through the whole
 * pipeline. What is due by a deadline stays ahead (the last case).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const RU_BODIES: Array<[string, string, string]> = [
  ['Правительство', 'утвердило', 'The Government'],
  ['Акимат', 'утвердил', 'The akimat'],
];
const RU_DOCS: Array<[string, string]> = [
  ['план развития атомной энергетики', 'a plan'],
  ['концепцию цифровизации', 'a concept'],
  ['программу развития города', 'a programme'],
];
const KK_BODIES: Array<[string, string]> = [
  ['Үкімет', 'The Government'],
  ['Әкімдік', 'The akimat'],
];
const KK_DOCS: Array<[string, string]> = [
  ['атом энергетикасын дамыту жоспарын', 'a plan'],
  ['су тасқынына қарсы жол картасын', 'a road map'],
  ['қаланы дамыту бағдарламасын', 'a programme'],
];
const YEARS = ['2030', '2035'];
const DATES: Array<[string, string, string]> = [
  ['11 марта', '11 наурызда', '2025-03-11'],
  ['3 февраля', '3 ақпанда', '2025-02-03'],
];

const CASES = [
  ...RU_BODIES.flatMap(([body, verb, en]) =>
    RU_DOCS.flatMap(([doc, enDoc]) =>
      YEARS.flatMap((y) =>
        DATES.map(
          ([ru, , day]) =>
            ['ru', `${body} ${ru} ${verb} ${doc} до ${y} года.`, `other ${day} ${en} approves ${enDoc}`] as const, // prettier-ignore
        ),
      ),
    ),
  ),
  ...KK_BODIES.flatMap(([body, en]) =>
    KK_DOCS.flatMap(([doc, enDoc]) =>
      YEARS.flatMap((y) =>
        DATES.flatMap(([, kk, day]) =>
          [
            `${body} ${kk} ${y} жылға дейін ${doc} бекітті.`,
            `${body} ${kk} ${doc} ${y} жылға дейін бекітті.`,
          ].map((text) => ['kk', text, `other ${day} ${en} approves ${enDoc}`] as const),
        ),
      ),
    ),
  ),
];

describe('an act told as done, with a horizon, is titled as done', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, want) => {
    const events = extractSentences(lang, text, '2025-03-12').events;
    expect(events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`)).toContain(want);
  });

  it('what is due by a deadline stays ahead', () => {
    const events = extractSentences('ru', 'Правительство должно утвердить план до 1 мая.', '2025-03-12').events; // prettier-ignore
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toContain('2025-05-01 The Government to approve a plan'); // prettier-ignore
  });
});
