/**
 * Russian: the imperfective past of an act ("В 2023 году парламент принимал поправки в
 * Конституцию", "Партия выдвигала кандидата", "депутаты рассматривали законопроект") gave no
 * event, while the perfective gave one. Dated, it is the same kind of event as its perfective, on
 * its own date, done; undated, it is recalled and takes no day (imperfectivePast.ts). Generated:
 * each act's imperfective stem × subjects of each gender and number × dates and word orders, and
 * the same undated. Sentences written for this test, published 2026-03-12.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';
import { PAST, type Gender } from './ruGenders';

const PUB = '2026-03-12';

/** Subjects that agree with the past in gender and number. */
const CHAMBERS: [string, Gender][] = [
  ['Мажилис', 'm'],
  ['Палата', 'f'],
  ['Депутаты', 'pl'],
];
const PARTIES: [string, Gender][] = [
  ['Альянс', 'm'],
  ['Партия', 'f'],
  ['Движение', 'n'],
  ['Партии', 'pl'],
];
const GOVERNMENT: [string, Gender][] = [
  ['Правительство', 'n'],
  ['Министерство', 'n'],
  ['Кабмин', 'm'],
];

/** An act's imperfective stem, its object, who does it and the kind of event its perfective gives. */
const ACTS: [string, string, [string, Gender][], string][] = [
  ['принима', 'поправки в Конституцию', CHAMBERS, 'reform'],
  ['одобря', 'поправки в Конституцию', CHAMBERS, 'reform'],
  ['принима', 'законопроект о медиа', CHAMBERS, 'law'],
  ['одобря', 'законопроект о медиа', CHAMBERS, 'law'],
  ['поддержива', 'законопроект о медиа', CHAMBERS, 'law'],
  ['рассматрива', 'законопроект о медиа', CHAMBERS, 'law'],
  ['отклоня', 'закон о медиа', CHAMBERS, 'law'],
  ['выдвига', 'кандидата', PARTIES, 'proposal'],
  ['вноси', 'законопроект в Мажилис', GOVERNMENT, 'law'],
];

const DATES = [
  ['В 2023 году', '2023'],
  ['В мае 2024 года', '2024-05'],
  ['5 марта 2025 года', '2025-03-05'],
] as const;

const low = (s: string) => s[0]!.toLowerCase() + s.slice(1);
const events = (s: string, type: string) =>
  extractSentences('ru', `Текст.\n\n${s}`, PUB)
    .events.filter((e) => e.type === type)
    .map((e) => `${e.date.edtf} ${e.status}`);

describe('Russian: a dated imperfective past of an act is that act on its date', () => {
  const cases = ACTS.flatMap(([stem, object, subjects, type]) =>
    subjects.flatMap(([who, g]) =>
      DATES.flatMap(([d, day]) => {
        const verb = `${stem}${PAST[g]}`;
        return [
          [`${d} ${low(who)} ${verb} ${object}.`, type, day],
          [`${who} ${verb} ${object} ${low(d)}.`, type, day],
        ] as const;
      }),
    ),
  );
  it.each(cases)('%s', (s, type, day) => {
    expect(events(s, type)).toEqual([`${day} reported`]);
  });
});

describe('Russian: an undated imperfective past of an act is recalled, on no day', () => {
  const cases = ACTS.flatMap(([stem, object, subjects, type]) =>
    subjects.map(([who, g]) => [`${who} ${stem}${PAST[g]} ${object}.`, type] as const),
  );
  it.each(cases)('%s', (s, type) => {
    expect(events(s, type)).toEqual([]);
  });
});

describe('Russian: imperfective pasts, plain sentences', () => {
  it.each([
    ['В 2023 году парламент принимал поправки в Конституцию.', 'reform', ['2023 reported']],
    ['В мае 2024 года депутаты рассматривали законопроект о медиа.', 'law', ['2024-05 reported']],
    ['В 2019 году партия выдвигала кандидата в президенты.', 'proposal', ['2019 reported']],
    ['Президент назначал его акимом области.', 'appointment', []],
    ['Парламент принимал поправки в Конституцию.', 'reform', []],
    // (Over a span of days, a process: the span's start is told, no nomination.)
    ['Кандидатов выдвигали с 20 января по 8 февраля.', 'proposal', []],
    // (What stays: the perfective undated is the news of the day.)
    ['Мажилис одобрил законопроект о медиа.', 'law', ['2026-03-12 reported']],
  ] as const)('%s', (s, type, want) => {
    expect(events(s, type)).toEqual(want);
  });
});
