/**
 * A tenure's start stands in the clause of the verb it starts: "Пост занимал Бейсембаев, который
 * возглавлял министерство с января 2023 года" tells a tenure begun in January 2023 (an
 * appointment then), read at the relative clause's verb, not at "занимал" of the main clause
 * (which had left only a "chairmanship" of no one's post). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const STARTS = [
  ['с января 2023 года', '2023-01'],
  ['с 5 февраля 2022 года', '2022-02-05'],
  ['с 2016 года', '2016'],
] as const;
/** A main clause naming the holder, then a relative clause with the headship and its start. */
const MAIN = [
  'Эту должность занимал Гани Бейсембаев, который',
  'Ранее пост министра занимал Гани Бейсембаев, который',
  'Министерство возглавлял Гани Бейсембаев, который',
  'До него ведомством руководил Гани Бейсембаев, который',
  'Эту должность занимала Айгуль Сарсенова, которая',
];
const CLAUSE = ['возглавлял ведомство', 'руководил министерством', 'занимал этот пост'];
const CASES = MAIN.flatMap((main) =>
  CLAUSE.flatMap((clause) =>
    STARTS.map(([start, day]) => {
      const verb = main.endsWith('которая') ? clause.replace(/л /u, 'ла ') : clause;
      return [`${main} ${verb} ${start}.`, day] as const;
    }),
  ),
);

describe('a tenure begun in a relative clause', () => {
  it.each(CASES)('%s', (sentence, day) => {
    const events = kindsAndDays('ru', `Президент назначил нового министра. ${sentence}`, PUB);
    expect(events).toContain(`appointment ${day}`);
    expect(events.filter((e) => e.startsWith('other '))).toEqual([]);
  });
});

describe('a start before the verb in its clause', () => {
  it.each(
    STARTS.flatMap(([start, day]) => [
      [
        `${start.charAt(0).toUpperCase()}${start.slice(1)} министерство возглавлял Гани Бейсембаев.`,
        day,
      ],
      [`Кошанов, который ${start} возглавляет Мажилис, выступил с речью.`, day],
    ]),
  )('%s', (sentence, day) => {
    expect(kindsAndDays('ru', sentence, PUB)).toContain(`appointment ${day}`);
  });
});

describe('a start in another clause is no tenure of the main verb', () => {
  it.each([
    'Пост занимал Гани Бейсембаев, а с января 2023 года действует новый закон.',
    'Министерство возглавлял Гани Бейсембаев; с 2016 года работает новый порядок.',
  ])('%s', (sentence) => {
    expect(kindsAndDays('ru', sentence, PUB).filter((e) => e.startsWith('appointment'))).toEqual(
      [],
    );
  });
});
