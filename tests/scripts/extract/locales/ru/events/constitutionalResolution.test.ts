/**
 * Russian: the Constitutional Court's or Council's normative resolution about a law ("Конституционный
 * суд 5 марта принял нормативное постановление по закону о выборах") is the body's ruling on that
 * law, one event, not the law's adoption: every body, verb of adopting in every gender, wording of
 * the resolution, law and date. A resolution ahead or refused is none. Sentences written for this
 * test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const BODIES = [
  ['Конституционный суд', 'The Constitutional Court'],
  ['Конституционный суд Республики Казахстан', 'The Constitutional Court'],
  ['Конституционный совет', 'The Constitutional Council'],
] as const;
const VERBS = ['принял', 'вынес', 'утвердил'];
const LAWS = [
  ['нормативное постановление по закону о выборах', 'the law on elections'],
  ['постановление по закону о выборах', 'the law on elections'],
  ['нормативное постановление по Налоговому кодексу', 'the Tax Code'],
] as const;
const DATES = [
  ['5 марта', '2025-03-05'],
  ['12 февраля 2019 года', '2019-02-12'],
] as const;

const events = (s: string) =>
  extractSentences('ru', `Текст.\n\n${s}`, '2025-03-12').events.map(
    (e) => `${e.type} ${e.date.edtf} ${e.title.en}`,
  );

describe('Russian: a normative resolution about a law is the ruling on it', () => {
  const cases = BODIES.flatMap(([body, en]) =>
    VERBS.flatMap((v) =>
      LAWS.flatMap(
        ([what, law]) =>
        DATES.map(([d, day]) => ({ s: `${body} ${d} ${v} ${what}.`, want: `other ${day} ${en} rules on ${law}` })), // prettier-ignore
      ),
    ),
  );
  it.each(cases)('$s', ({ s, want }) => {
    expect(events(s)).toEqual([want]);
  });

  it.each([
    'Конституционный суд 20 марта примет нормативное постановление по закону о выборах.',
    'Конституционный суд 5 марта не принял постановление по закону о выборах.',
  ])('no ruling: %s', (s) => {
    expect(events(s).filter((e) => e.includes('rules on'))).toEqual([]);
  });
});
