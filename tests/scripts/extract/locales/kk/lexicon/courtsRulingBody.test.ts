/**
 * The assembly of judges rules as a court does (locales/kk/lexicon/courts.ts rulingBodyNames):
 * "Собрание судей 5 марта признало решение акимата незаконным" and "Судьялар жиналысы 5 наурызда
 * әкімдіктің шешімін заңсыз деп таныды" gave no event once they were no meeting. One event, the
 * body's ruling on the day, in both languages: every form of the body, ruling verb, finding and
 * date; a finding on the Constitution is titled by the assembly that made it, not by the
 * Constitutional Court. What stays: a sitting held, the Supreme Court's ruling. Sentences written
 * for this test, published 2025-03-12.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const events = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, `${lang === 'kk' ? 'Мәтін' : 'Текст'}.\n\n${s}`, PUB).events.map(
    (e) => `${e.type} ${e.date.edtf}`,
  );
const titles = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, `${lang === 'kk' ? 'Мәтін' : 'Текст'}.\n\n${s}`, PUB).events.map(
    (e) => e.title.en,
  );

const RU_BODIES = ['Собрание судей', 'Общее собрание судей', 'Верховный суд'];
// (The neuter past agrees with the assembly; the court's is masculine.)
const RU_ACTS = [
  'признал~ решение акимата незаконным',
  'признал~ приказ министра недействительным',
  'признал~ закон неконституционным',
  'постановил~ отменить решение акимата',
  'вынесл~ решение по жалобе депутата',
];
const RU_DATES = [
  ['5 марта', '2025-03-05'],
  ['в пятницу', '2025-03-07'],
  ['вчера', '2025-03-11'],
] as const;
const KK_BODIES = ['Судьялар жиналысы', 'Судьялардың жалпы жиналысы', 'Жоғарғы Сот'];
const KK_ACTS = [
  'әкімдіктің шешімін заңсыз деп таныды',
  'министрдің бұйрығын заңсыз деп таныды',
  'министрдің бұйрығын негізсіз деп тапты',
  'әкімдіктің шешімін жарамсыз деп таныды',
  'заңды Конституцияға қайшы деп таныды',
];
const KK_DATES = [
  ['5 наурызда', '2025-03-05'],
  ['жұма күні', '2025-03-07'],
  ['2019 жылғы 12 ақпанда', '2019-02-12'],
] as const;

const agree = (body: string, act: string) =>
  act.replace('признал~', /суд$/u.test(body) ? 'признал' : 'признало')
    .replace('постановил~', /суд$/u.test(body) ? 'постановил' : 'постановило')
    .replace('вынесл~', /суд$/u.test(body) ? 'вынес' : 'вынесло'); // prettier-ignore

describe('a ruling by the assembly of judges', () => {
  const cases = [
    ...RU_BODIES.flatMap((b) => RU_ACTS.flatMap((a) => RU_DATES.map(([d, day]) => ['ru', `${b} ${d} ${agree(b, a)}.`, day] as const))), // prettier-ignore
    ...KK_BODIES.flatMap((b) => KK_ACTS.flatMap((a) => KK_DATES.map(([d, day]) => ['kk', `${b} ${d} ${a}.`, day] as const))), // prettier-ignore
  ];
  it.each(cases)('%s: %s', (lang, s, day) => {
    expect(events(lang, s)).toEqual([`other ${day}`]);
  });
});

describe('a finding on the Constitution titled by the assembly that made it', () => {
  it.each([
    ['ru', 'Собрание судей 5 марта признало закон неконституционным.'],
    ['ru', 'Общее собрание судей в пятницу признало закон неконституционным.'],
    ['kk', 'Судьялар жиналысы 5 наурызда заңды Конституцияға қайшы деп таныды.'],
    ['kk', 'Судьялардың жалпы жиналысы жұма күні заңды Конституцияға қайшы деп таныды.'],
  ] as const)('%s: %s', (lang, s) => {
    expect(titles(lang, s)).toEqual(['The Assembly of Judges rules on conformity to the Constitution']); // prettier-ignore
  });
});

describe('what stays as it was', () => {
  it.each([
    ['ru', '5 марта состоялось собрание депутатов.', 'meeting 2025-03-05'],
    ['ru', '5 марта прошло собрание судей.', 'meeting 2025-03-05'],
    ['kk', 'Судьялар жиналысы 5 наурызда өтті.', 'meeting 2025-03-05'],
    ['kk', '5 наурызда депутаттар жиналысы өтті.', 'meeting 2025-03-05'],
  ] as const)('%s: %s', (lang, s, want) => {
    expect(events(lang, s)).toContain(want);
  });
  it.each([
    ['ru', 'Конституционный суд 5 марта признал закон неконституционным.', 'The Constitutional Court rules on conformity to the Constitution'], // prettier-ignore
    ['kk', 'Конституциялық Сот 5 наурызда заңды Конституцияға қайшы деп таныды.', 'The Constitutional Court rules on conformity to the Constitution'], // prettier-ignore
  ] as const)('%s: %s', (lang, s, want) => {
    expect(titles(lang, s)).toEqual([want]);
  });
});
