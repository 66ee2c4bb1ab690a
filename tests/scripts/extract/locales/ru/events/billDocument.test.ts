/**
 * A bill taken up as "the document" gave no submission ("Документ внесло правительство в январе
 * 2026 года" after a sentence naming the bill; "Правительство внесло документ в Мажилис 5 марта",
 * "Мажилис 5 марта принял документ"), nor did a Kazakh bill put forward with no chamber named
 * ("Құжатты Үкімет 2026 жылғы қаңтарда енгізген болатын", "Заң жобасын Үкімет … енгізді").
 * Generated: subjects of each gender and number × word orders × dates, in both languages; the bill
 * is named in the sentence before. Sentences written for this test, published 2026-03-12.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';
import { PAST, type Gender } from './ruGenders';

const PUB = '2026-03-12';
const RU_BEFORE = 'Мажилис рассматривает законопроект о медиа.';
const KK_BEFORE = 'Медиа туралы заң жобасы талқыланды.';

const RU_SUBMITTERS: [string, Gender][] = [
  ['правительство', 'n'],
  ['кабмин', 'm'],
  ['группа депутатов', 'f'],
  ['депутаты', 'pl'],
];
const RU_DATES = [
  ['в январе 2026 года', '2026-01'],
  ['5 марта', '2026-03-05'],
  ['в 2025 году', '2025'],
] as const;
const CHAMBERS = ['Мажилис', 'Сенат', 'Парламент'];
const ADOPTED = ['принял', 'одобрил', 'поддержал'];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

describe('Russian: "the document" put before Parliament or passed is the bill', () => {
  const cases = [
    ...RU_SUBMITTERS.flatMap(([who, g]) =>
      RU_DATES.flatMap(([d, day]) => [
        [`Документ внес${PAST[g] === 'л' ? '' : PAST[g]} ${who} ${d}.`, day],
        [`${cap(who)} внес${PAST[g] === 'л' ? '' : PAST[g]} документ в Мажилис ${d}.`, day],
      ]),
    ),
    ...CHAMBERS.flatMap((c) =>
      RU_DATES.flatMap(([d, day]) => [
        [`Документ был внесен в ${c} ${d}.`, day],
        ...ADOPTED.map((v) => [`${c} ${d} ${v} документ.`, day]),
      ]),
    ),
  ];
  it.each(cases)('%s', (s, day) => {
    expect(kindsAndDays('ru', `${RU_BEFORE} ${s}`, PUB)).toContain(`law ${day}`);
  });
});

const KK_NOUNS = ['Құжатты', 'Заң жобасын'];
const KK_VERBS = ['енгізді', 'енгізген болатын', 'енгізген еді'];
const KK_DATES = [
  ['2026 жылғы қаңтарда', '2026-01'],
  ['5 наурызда', '2026-03-05'],
  ['2025 жылы', '2025'],
] as const;

describe('Kazakh: a bill put forward with no chamber named, "құжат" too', () => {
  const cases = KK_NOUNS.flatMap((noun) =>
    KK_VERBS.flatMap((verb) =>
      KK_DATES.flatMap(([d, day]) => [
        [`${noun} Үкімет ${d} ${verb}.`, day],
        [`Үкімет ${noun.toLowerCase()} ${d} ${verb}.`, day],
      ]),
    ),
  );
  it.each(cases)('%s', (s, day) => {
    expect(kindsAndDays('kk', `${KK_BEFORE} ${s}`, PUB)).toContain(`law ${day}`);
  });
});

describe('what stays', () => {
  it.each([
    // (Undated, no submission day is made up.)
    ['ru', `${RU_BEFORE} Документ внесло правительство.`, []],
    ['kk', `${KK_BEFORE} Құжатты Үкімет енгізген болатын.`, []],
    // (Changes made to a document are no submission of it.)
    ['kk', 'Үкімет 5 наурызда құжатқа өзгерістер енгізді.', []],
  ] as const)('%s %s', (lang, s, want) => {
    expect(kindsAndDays(lang, s, PUB).filter((e) => e.startsWith('law'))).toEqual(want);
  });
});
