/**
 * Two steps of one law told on two days are two acts, whatever a headline dated by the
 * publication tells: a headline's coming into force joins the coming into force the lead dates,
 * never the signing of another day (events/lawNames.ts otherSteps, events/mergeInArticle.ts).
 * Sentences written for the test, published 12 March 2025.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

/** Each law event as "date: title". */
const told = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12')
    .events.filter((e) => e.type === 'law')
    .map((e) => `${e.date.edtf}: ${e.title.en}`)
    .sort();

const RU_DAYS = [
  ['5 марта', '10 марта', '2025-03-05', '2025-03-10'],
  ['3 марта', '11 марта', '2025-03-03', '2025-03-11'],
  ['28 февраля', '6 марта', '2025-02-28', '2025-03-06'],
] as const;
const KK_DAYS = [
  ['5 наурызда', '10 наурызда', '2025-03-05', '2025-03-10'],
  ['3 наурызда', '11 наурызда', '2025-03-03', '2025-03-11'],
  ['28 ақпанда', '6 наурызда', '2025-02-28', '2025-03-06'],
] as const;

/** A headline of the coming into force, its law named or not. */
const RU_HEADLINES = [
  'Закон о СМИ вступил в силу',
  'Вступил в силу закон о СМИ',
  'Закон о масс-медиа вступил в силу',
];
const KK_HEADLINES = [
  'БАҚ туралы заң күшіне енді',
  'Бұқаралық ақпарат құралдары туралы заң күшіне енді',
];

/** The lead: the signing on one day, the coming into force on another. */
const RU_LEADS = [
  (d1: string, d2: string) =>
    `Закон о масс-медиа подписан Главой государства ${d1}. Он вступил в силу ${d2}.`,
  (d1: string, d2: string) =>
    `Закон о масс-медиа, подписанный Главой государства ${d1}, вступил в силу ${d2}.`,
  (d1: string, d2: string) =>
    `Глава государства ${d1} подписал закон о масс-медиа. ${d2[0]!.toUpperCase()}${d2.slice(1)} он вступил в силу.`,
];
const KK_LEADS = [
  (d1: string, d2: string) => `Мемлекет басшысы ${d1} қол қойған заң ${d2} күшіне енді.`,
  (d1: string, d2: string) =>
    `${d1[0]!.toUpperCase()}${d1.slice(1)} қол қойылған заң ${d2} күшіне енді.`,
];

const cases = [
  ...RU_HEADLINES.flatMap((h) =>
    RU_LEADS.flatMap((lead) =>
      RU_DAYS.map(([d1, d2, e1, e2]) => ['ru', `${h}\n\n${lead(d1, d2)}`, e1, e2] as const),
    ),
  ),
  ...KK_HEADLINES.flatMap((h) =>
    KK_LEADS.flatMap((lead) =>
      KK_DAYS.map(([d1, d2, e1, e2]) => ['kk', `${h}\n\n${lead(d1, d2)}`, e1, e2] as const),
    ),
  ),
];

describe("a headline's step joins the lead's act of that step", () => {
  it.each(cases)('%s: %s', (lang, text, e1, e2) => {
    const events = told(lang, text);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatch(new RegExp(`^${e1}: .*sign`, 'u'));
    expect(events[1]).toMatch(new RegExp(`^${e2}: .*comes into force`, 'u'));
  });
});
