/**
 * A law's step told in a subordinate clause of time or cause and another told by the main clause,
 * each with its own day: two acts (events/subordinateActs.ts), the clause's done by the body it
 * names, the main clause's by the person it names (events/asideClause.ts). Every conjunction or
 * closing case, active and passive, singular and plural, with any pair of days. Sentences written
 * for the test, published 12 March 2025.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

/** Each law event as "date: actors", by date. */
const acts = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12')
    .events.filter((e) => e.type === 'law')
    .map((e) => `${e.date.edtf}: ${e.actors.map((a) => a.name).join(', ')}`)
    .sort();

const RU_DAYS = [
  ['3 марта', '5 марта', '2025-03-03', '2025-03-05'],
  ['14 января', '2 февраля', '2025-01-14', '2025-02-02'],
  ['20 февраля', '1 марта', '2025-02-20', '2025-03-01'],
] as const;

const RU_CONJUNCTIONS = ['После того как', 'После того, как', 'Когда', 'Как только', 'Поскольку', 'Так как']; // prettier-ignore

/** The clause: its body, its verb in the body's gender and number, the law, its pronoun. */
const RU_CLAUSES = [
  ['парламент', 'принял', 'закон', 'его'],
  ['Мажилис', 'одобрил', 'закон о выборах', 'его'],
  ['Сенат', 'утвердил', 'поправки в Налоговый кодекс', 'их'],
  ['депутаты', 'приняли', 'поправки', 'их'],
] as const;

const ru = RU_CONJUNCTIONS.flatMap((conj) =>
  RU_CLAUSES.flatMap(([body, verb, law, pronoun]) =>
    RU_DAYS.flatMap(([d1, d2, e1, e2]) => [
      [`${conj} ${body} ${d1} ${verb} ${law}, Токаев ${d2} ${pronoun} подписал.`, e1, e2],
      [`${conj} ${d1} ${body} ${verb} ${law}, Токаев подписал ${pronoun} ${d2}.`, e1, e2],
    ]),
  ),
);

const KK_DAYS = [
  ['3 наурызда', '5 наурызда', '2025-03-03', '2025-03-05'],
  ['14 қаңтарда', '2 ақпанда', '2025-01-14', '2025-02-02'],
  ['20 ақпанда', '1 наурызда', '2025-02-20', '2025-03-01'],
] as const;

/** The participle (back or front vowels) and each closing it takes: after, when, since. */
const KK_VERBS = [
  ['қабылдаған', ['нан кейін', ' соң', 'да', 'нан соң']],
  ['мақұлдаған', ['нан кейін', ' соң', 'да', 'нан соң']],
  ['бекіткен', ['нен кейін', ' соң', 'де', 'нен соң']],
] as const;

/** The body, the law in the accusative, and the pronoun the main clause's dative takes. */
const KK_CLAUSES = [
  ['Парламент', 'заңды', 'оған'],
  ['Мәжіліс', 'сайлау туралы заңды', 'оған'],
  ['Сенат', 'Салық кодексіне түзетулерді', 'оларға'],
  ['Мәжіліс депутаттары', 'заңды', 'оған'],
] as const;

const kk = KK_VERBS.flatMap(([participle, closings]) =>
  closings.flatMap((closing) =>
    KK_CLAUSES.flatMap(([body, law, pronoun], i) => {
      const [d1, d2, e1, e2] = KK_DAYS[i % KK_DAYS.length]!;
      return [
        [
          `${body} ${d1} ${law} ${participle}${closing}, Тоқаев ${d2} ${pronoun} қол қойды.`,
          e1,
          e2,
        ],
        [
          `${body} ${law} ${d1} ${participle}${closing}, Тоқаев ${pronoun} ${d2} қол қойды.`,
          e1,
          e2,
        ],
      ];
    }),
  ),
);

/** A passive clause: the law its subject, the chamber where it was passed. */
const kkPassive = KK_DAYS.flatMap(([d1, d2, e1, e2]) =>
  ['қабылданғаннан кейін', 'мақұлданған соң', 'қабылданғанда'].map((closing) => [
    `Заң Мәжілісте ${d1} ${closing}, Президент ${d2} оған қол қойды.`,
    e1,
    e2,
  ]),
);

describe("a law's step in a subordinate clause and another in the main clause", () => {
  it.each(ru)('ru: %s', (text, e1, e2) => {
    expect(acts('ru', text)).toEqual([`${e1}: `, `${e2}: Токаев`]);
  });
  it.each(kk)('kk: %s', (text, e1, e2) => {
    expect(acts('kk', text)).toEqual([`${e1}: `, `${e2}: Тоқаев`]);
  });
  it.each(kkPassive)('kk, passive: %s', (text, e1, e2) => {
    expect(acts('kk', text).map((a) => a.slice(0, 10))).toEqual([e1, e2]);
  });
  it('a clause that tells no step of its own, or shares the day, adds no act', () => {
    expect(
      acts('ru', 'После того как Токаев вернулся из Анкары, он 5 марта подписал закон.'),
    ).toEqual(['2025-03-05: Токаев']);
    expect(acts('kk', 'Тоқаев 5 наурызда Анкарадан оралғаннан кейін, заңға қол қойды.')).toEqual([
      '2025-03-05: Тоқаев',
    ]);
  });
});
