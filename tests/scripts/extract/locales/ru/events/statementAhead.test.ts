/**
 * Russian: a statement announced for a day ahead is a planned statement of that day ("Миссия ОБСЕ
 * 14 марта заявит о своих выводах", "представит доклад" gave no event, while "заявила" gave one):
 * every subject with its verb in the future singular or plural, what is delivered, word order and
 * date (statementAhead.ts). What stays: the past is a statement told; undated, or presenting a
 * person, no statement. Sentences written for this test, published 2025-03-12 (a Wednesday).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
// (Who speaks, and the future agreeing with it: singular, plural.)
const SUBJECTS = [
  ['Миссия ОБСЕ', 'т'],
  ['Наблюдатели', 'т-pl'],
  ['Центральная избирательная комиссия', 'т'],
] as const;
const ACTS = [
  ['заявит о своих выводах', 'заявят о своих выводах'],
  ['представит доклад', 'представят доклад'],
  ['представит свою оценку ситуации', 'представят свою оценку ситуации'],
  ['огласит предварительные выводы', 'огласят предварительные выводы'],
  ['огласит заключение', 'огласят заключение'],
] as const;
const DAYS = [
  ['14 марта', '2025-03-14'],
  ['в пятницу', '2025-03-14'],
  ['завтра', '2025-03-13'],
] as const;

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const low = (s: string) => s[0]!.toLowerCase() + s.slice(1);
const statements = (s: string) =>
  extractSentences('ru', `Текст.\n\n${cap(s)}`, PUB)
    .events.filter((e) => e.type === 'statement')
    .map((e) => `${e.date.edtf} ${e.status}`);

describe('Russian: a statement announced for a day ahead', () => {
  const cases = SUBJECTS.flatMap(([who, n]) =>
    ACTS.flatMap(([sg, pl]) =>
      DAYS.flatMap(([d, day]) => {
        const act = n === 'т' ? sg : pl;
        return [
          [`${who} ${d} ${act}.`, day],
          [`${d} ${low(who)} ${act}.`, day],
        ];
      }),
    ),
  );
  it.each(cases)('%s', (s, day) => {
    expect(statements(s)).toEqual([`${day} planned`]);
  });
});

describe('Russian: what stays as it was', () => {
  it.each([
    ['Миссия ОБСЕ 5 марта заявила о своих выводах.', ['2025-03-05 reported']],
    ['Наблюдатели 5 марта заявили о своих выводах.', ['2025-03-05 reported']],
    ['Миссия ОБСЕ заявит о своих выводах позже.', []],
    ['Министр 14 марта представит нового акима.', []],
    ['В пятницу министр представит коллективу нового руководителя.', []],
  ] as const)('%s', (s, want) => {
    expect(statements(s)).toEqual(want);
  });
});
