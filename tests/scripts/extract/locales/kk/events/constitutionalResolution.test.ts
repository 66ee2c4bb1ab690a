/**
 * Kazakh: the Constitutional Court's or Council's normative resolution about a law ("Конституциялық
 * Сот 5 наурызда сайлау туралы заңы бойынша нормативтік қаулы қабылдады") is the body's ruling on
 * that law, one event, neither the law's adoption nor a decree of its own: every body (bare or
 * possessed), form of the verb that reports the act, postposition, law and date. A resolution ahead
 * is none. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const BODIES = [
  ['Конституциялық Сот', 'The Constitutional Court'],
  ['Қазақстан Республикасының Конституциялық Соты', 'The Constitutional Court'],
  ['Конституциялық Кеңес', 'The Constitutional Council'],
  ['Қазақстан Республикасының Конституциялық Кеңесі', 'The Constitutional Council'],
] as const;
const VERBS = ['қабылдады', 'қабылдаған'];
const LAWS = [
  ['сайлау туралы заңы бойынша нормативтік қаулы', 'the law on elections'],
  ['сайлау туралы заң жөнінде нормативтік қаулы', 'the law on elections'],
  ['Салық кодексі бойынша қаулы', 'the Tax Code'],
] as const;
const DATES = [
  ['5 наурызда', '2025-03-05'],
  ['2019 жылғы 12 ақпанда', '2019-02-12'],
] as const;

const events = (s: string) =>
  extractSentences('kk', `Мәтін.\n\n${s}`, '2025-03-12').events.map(
    (e) => `${e.type} ${e.date.edtf} ${e.title.en}`,
  );

describe('Kazakh: a normative resolution about a law is the ruling on it', () => {
  const cases = BODIES.flatMap(([body, en]) =>
    VERBS.flatMap((v) =>
      LAWS.flatMap(
        ([what, law]) =>
        DATES.map(([d, day]) => ({ s: `${body} ${d} ${what} ${v}.`, want: `other ${day} ${en} rules on ${law}` })), // prettier-ignore
      ),
    ),
  );
  it.each(cases)('$s', ({ s, want }) => {
    expect(events(s)).toEqual([want]);
  });

  it.each([
    'Конституциялық Сот 20 наурызда сайлау туралы заңы бойынша нормативтік қаулы қабылдайды деп күтілуде.',
    'Конституциялық Сот сайлау туралы заңды 20 наурызда қарайды.',
  ])('no ruling: %s', (s) => {
    expect(events(s).filter((e) => e.includes('rules on'))).toEqual([]);
  });
});
