/**
 * Russian: a noun's genitive plural in a bare -л ("сил", "тел", "сёл", "рыл") is no masculine past
 * where a word that governs the genitive stands right before it: an agreeing adjective or
 * participle ("миротворческих сил"), a preposition ("без сил") or "несколько", "нет". A troops'
 * motion ahead with its own date ("С 6 февраля подразделения миротворческих сил прибудут в
 * Алматы") is placed ahead of the publication and titled as the troops' motion; the same past stays
 * where it was. A pronoun or an adjective used as a noun before a real past keeps the past ("своих
 * поддержал"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { guessRuDirection } from '../../../../../scripts/extract/locales/ru/dates/guessRuDirection';
import { extractSentences } from '../../events/extractSentences';

/** The troops, with their verb's number: [subject, future arrive, future leave, past arrive]. */
const TROOPS = [
  ['подразделения миротворческих сил', 'прибудут', 'покинут', 'прибыли', 'Peacekeepers'],
  ['контингент коллективных сил', 'прибудет', 'покинет', 'прибыл', 'Troops'],
  ['военнослужащие вооружённых сил', 'прибудут', 'покинут', 'прибыли', 'Troops'],
  ['колонна миротворческих сил', 'прибудет', 'покинет', 'прибыла', 'Peacekeepers'],
] as const;
/** Dates before and after the publication (2025-03-12): ahead, the next such day. */
const AHEAD = [
  ['С 6 февраля', '2026-02-06'],
  ['С 20 марта', '2025-03-20'],
  ['С 1 июля', '2025-07-01'],
] as const;

const events = (s: string) =>
  extractSentences('ru', `Текст.\n\n${s}`, '2025-03-12').events.map(
    (e) => `${e.type} ${e.date.edtf} ${e.status} ${e.title.en}`,
  );

describe('Russian: a troops motion ahead past a genitive plural in -л', () => {
  const cases = TROOPS.flatMap(([who, arrive, leave, , en]) =>
    AHEAD.flatMap(([d, day]) => [
      { s: `${d} ${who} ${arrive} в Алматы.`, want: `other ${day} planned ${en} to arrive` },
      { s: `${d} ${who} ${leave} Казахстан.`, want: `other ${day} planned ${en} to leave` },
    ]),
  );
  it.each(cases)('$s', ({ s, want }) => {
    const got = events(s);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain(want);
  });

  it.each(TROOPS.map(([who, , , arrived, en]) => [`6 февраля ${who} ${arrived} в Алматы.`, en]))(
    'a past motion stays: %s',
    (s, en) => {
      expect(events(s)).toEqual([`other 2025-02-06 reported ${en} arrive in Almaty`]);
    },
  );
});

describe('Russian: the direction of a date beside a genitive plural in -л', () => {
  const NOUNS = ['сил', 'тел', 'сёл', 'рыл', 'крыл', 'игл'];
  const GOVERNORS = ['миротворческих', 'вооружённых', 'отдалённых', 'без', 'для', 'несколько'];
  const cases = NOUNS.flatMap((n) =>
    GOVERNORS.map((g) => `12 апреля колонна ${g} ${n} прибудет в Алматы.`),
  );
  it.each(cases)('ahead: %s', (s) => {
    expect(guessRuDirection(s, 0, 9)).toBe('future');
  });

  it.each([
    '12 апреля своих поддержал министр.',
    '12 апреля многих наградил президент.',
    '12 апреля остальных отпустил суд.',
    '12 апреля министр много работал.',
    '12 апреля президент был в Астане.',
  ])('a real past: %s', (s) => {
    expect(guessRuDirection(s, 0, 9)).toBe('past');
  });
});
