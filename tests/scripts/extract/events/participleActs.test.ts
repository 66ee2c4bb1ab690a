/**
 * A law's step told by a participle attached to the law, with its own date, and another step told
 * by the finite verb, with another date: two acts on two days (events/participleActs.ts), in every
 * form of the participle, before or after the law, with any finite step and any pair of days.
 * Sentences written for the test, published 12 March 2025.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const days = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12')
    .events.filter((e) => e.type === 'law')
    .map((e) => e.date.edtf)
    .sort();

/** Two days before publication, and a later day ahead of it (a future step). */
const RU_DAYS = [
  ['5 марта', '10 марта', '2025-03-05', '2025-03-10'],
  ['3 февраля', '1 марта', '2025-02-03', '2025-03-01'],
  ['14 января', '27 февраля', '2025-01-14', '2025-02-27'],
] as const;

/** The law (singular, then plural amendments) and its participle's forms in its number. */
const RU_LAWS = [
  ['Закон о выборах', 'ый', 'вступил в силу'],
  ['Поправки в Налоговый кодекс', 'ые', 'вступили в силу'],
] as const;
const RU_PARTICIPLES = [
  ['подписанн', 'Главой государства'],
  ['принят', 'Мажилисом'],
  ['одобренн', 'Сенатом'],
  ['утверждённ', 'Парламентом'],
  ['ратифицированн', ''],
] as const;

const ru = RU_LAWS.flatMap(([law, ending, inForce]) =>
  RU_PARTICIPLES.flatMap(([stem, agent]) =>
    // The finite step: the law as subject, or as object with the act's doer.
    [inForce, 'подписал Президент', 'Сенат одобрил'].flatMap((verb) =>
      RU_DAYS.flatMap(([d1, d2, e1, e2]) => {
        const participle = `${stem}${ending}${agent ? ` ${agent}` : ''} ${d1}`;
        const lower = law[0]!.toLowerCase() + law.slice(1);
        return [
          [`${law}, ${participle}, ${verb} ${d2}.`, e1, e2],
          [`${participle[0]!.toUpperCase()}${participle.slice(1)} ${lower} ${verb} ${d2}.`, e1, e2],
        ];
      }),
    ),
  ),
);

const KK_DAYS = [
  ['5 наурызда', '10 наурызда', '2025-03-05', '2025-03-10'],
  ['3 ақпанда', '1 наурызда', '2025-02-03', '2025-03-01'],
  ['14 қаңтарда', '27 ақпанда', '2025-01-14', '2025-02-27'],
] as const;

/** Each participle, active with its doer or passive without one. */
const KK_PARTICIPLES = [
  'Мемлекет басшысы қол қойған',
  'қол қойылған',
  'Мәжіліс қабылдаған',
  'қабылданған',
  'Сенат мақұлдаған',
  'мақұлданған',
  'Парламент бекіткен',
  'бекітілген',
];

/** The finite step, with the law in the case it takes: nominative, accusative, dative. */
const KK_FINITE = [
  ['заң', 'күшіне енді'],
  ['түзетулер', 'күшіне енді'],
  ['заңды Сенат', 'мақұлдады'],
  ['кодекске Президент', 'қол қойды'],
] as const;

const kk = KK_PARTICIPLES.flatMap((participle) =>
  KK_FINITE.flatMap(([law, verb]) =>
    KK_DAYS.flatMap(([d1, d2, e1, e2]) => {
      // (The date before the participle's doer, or between the doer and the participle.)
      const [doer, ...rest] = participle.split(' ');
      const words =
        rest.length === 2 && doer !== 'қол'
          ? `${doer} ${d1} ${rest.join(' ')}`
          : `${d1} ${participle}`;
      return [[`${words[0]!.toUpperCase()}${words.slice(1)} ${law} ${d2} ${verb}.`, e1, e2]];
    }),
  ),
);

describe("a law's step in a participle and another in the finite verb", () => {
  it.each(ru)('ru: %s', (text, e1, e2) => {
    expect(days('ru', text)).toEqual([e1, e2]);
  });
  it.each(kk)('kk: %s', (text, e1, e2) => {
    expect(days('kk', text)).toEqual([e1, e2]);
  });
  it('one step with one day stays one act', () => {
    expect(
      days('ru', 'Закон о выборах, подписанный Главой государства 5 марта, опубликован.'),
    ).toEqual(['2025-03-05']);
    expect(days('kk', 'Мемлекет басшысы 5 наурызда қол қойған заң жарияланды.')).toEqual([
      '2025-03-05',
    ]);
  });
});
