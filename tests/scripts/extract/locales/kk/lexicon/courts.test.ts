/**
 * A court's normative resolution about a law is its ruling on it, whichever court the
 * organisations lexicon knows (locales/kk/lexicon/courts.ts): "Верховный суд 5 марта принял
 * нормативное постановление по закону о выборах", "Жоғарғы Сот 5 наурызда сайлау туралы заңы
 * бойынша нормативтік қаулы қабылдады" gave "The law on elections is adopted" (and in Kazakh a
 * bare "Resolution" besides). One event, the Supreme Court's ruling, of the kind the tuned gold
 * gives a court's ruling (other): every form of the body, verb, wording of the resolution, law and
 * date, in both languages. What stays: a law really adopted, the Constitutional Court's ruling,
 * a resolution ahead. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const events = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, `${lang === 'kk' ? 'Мәтін' : 'Текст'}.\n\n${s}`, PUB).events.map(
    (e) => `${e.type} ${e.date.edtf} ${e.title.en}`,
  );

const RU_BODIES = ['Верховный суд', 'Верховный суд Республики Казахстан', 'Верховный Суд'];
const RU_VERBS = ['принял', 'вынес', 'утвердил'];
const RU_LAWS = [
  ['нормативное постановление по закону о выборах', 'the law on elections'],
  ['постановление по закону о выборах', 'the law on elections'],
  ['нормативное постановление по Налоговому кодексу', 'the Tax Code'],
] as const;
const RU_DATES = [
  ['5 марта', '2025-03-05'],
  ['12 февраля 2019 года', '2019-02-12'],
] as const;
const KK_BODIES = ['Жоғарғы Сот', 'Қазақстан Республикасының Жоғарғы Соты', 'Жоғарғы сот'];
const KK_VERBS = ['қабылдады', 'қабылдаған'];
const KK_LAWS = [
  ['сайлау туралы заңы бойынша нормативтік қаулы', 'the law on elections'],
  ['сайлау туралы заң жөнінде нормативтік қаулы', 'the law on elections'],
  ['Салық кодексі бойынша қаулы', 'the Tax Code'],
] as const;
const KK_DATES = [
  ['5 наурызда', '2025-03-05'],
  ['2019 жылғы 12 ақпанда', '2019-02-12'],
] as const;

const cases = [
  ...RU_BODIES.flatMap((b) =>
    RU_VERBS.flatMap((v) =>
      RU_LAWS.flatMap(
        ([what, law]) =>
        RU_DATES.map(([d, day]) => ['ru', `${b} ${d} ${v} ${what}.`, `other ${day} The Supreme Court rules on ${law}`] as const), // prettier-ignore
      ),
    ),
  ),
  ...KK_BODIES.flatMap((b) =>
    KK_VERBS.flatMap((v) =>
      KK_LAWS.flatMap(
        ([what, law]) =>
        KK_DATES.map(([d, day]) => ['kk', `${b} ${d} ${what} ${v}.`, `other ${day} The Supreme Court rules on ${law}`] as const), // prettier-ignore
      ),
    ),
  ),
];

describe('a court’s normative resolution about a law is its ruling on it', () => {
  it.each(cases)('%s: %s', (lang, s, want) => {
    expect(events(lang, s)).toEqual([want]);
  });
});

describe('what stays', () => {
  it.each([
    ['ru', 'Парламент 5 марта принял закон о выборах.', 'law 2025-03-05'],
    ['ru', 'Мажилис 5 марта принял закон о выборах.', 'law 2025-03-05'],
    ['ru', 'Конституционный суд 5 марта принял нормативное постановление по закону о выборах.', 'other 2025-03-05 The Constitutional Court rules on the law on elections'], // prettier-ignore
    ['kk', 'Мәжіліс 5 наурызда сайлау туралы заңды қабылдады.', 'law 2025-03-05'],
    ['kk', 'Конституциялық Сот 5 наурызда сайлау туралы заңы бойынша нормативтік қаулы қабылдады.', 'other 2025-03-05 The Constitutional Court rules on the law on elections'], // prettier-ignore
  ] as const)('%s: %s', (lang, s, want) => {
    expect(events(lang, s).some((e) => e.startsWith(want))).toBe(true);
  });

  it.each([
    ['ru', 'Верховный суд 20 марта примет нормативное постановление по закону о выборах.'],
    ['kk', 'Жоғарғы Сот 20 наурызда сайлау туралы заңы бойынша нормативтік қаулы қабылдайды деп күтілуде.'], // prettier-ignore
  ] as const)('no ruling ahead: %s: %s', (lang, s) => {
    expect(events(lang, s).filter((e) => e.includes('rules on'))).toEqual([]);
  });
});
