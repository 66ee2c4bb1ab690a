/**
 * A visit told as the last time ("Мирзиёев Астанаға соңғы рет 2024 жылғы тамызда келген
 * болатын") is a visit of its own date, as "алғаш рет" and "бірінші рет" are: "соңғы" after a word
 * in the dative is the adjective "last", not the postposition "соң" after the ablative
 * ("сапардан соң", after the visit), which makes the act a reference point. Generated: visitors ×
 * "time" words × places and verbs × dates. Sentences written for the test, through the whole
 * pipeline.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2026-03-12';
const VISITORS = ['Өзбекстан Президенті Мирзиёев', 'Эммануэль Макрон', 'Тоқаев'];
const TIMES = ['соңғы рет', 'алғаш рет', 'бірінші рет'];
const ACTS = [
  ['Астанаға', 'келген болатын'],
  ['Ташкентке', 'келген еді'],
  ['Мәскеуге', 'барған болатын'],
  ['Бакуге', 'барған'],
  ['Қазақстанға ресми сапармен', 'келді'],
  ['Қазақстанда ресми сапармен', 'болған'],
] as const;
const DATES: [string, string][] = [
  ['2024 жылғы тамызда', '2024-08'],
  ['2023 жылы', '2023'],
  ['2022 жылдың қыркүйегінде', '2022-09'],
];

describe('a visit told as the first or the last time, with its date', () => {
  const cases = VISITORS.flatMap((who) =>
    TIMES.flatMap((time) =>
      ACTS.flatMap(([place, verb]) =>
        DATES.map(([date, want]) => [`${who} ${place} ${time} ${date} ${verb}.`, want] as const),
      ),
    ),
  );
  it.each(cases)('%s', (sentence, want) => {
    expect(kindsAndDays('kk', sentence, PUB)).toEqual([`meeting ${want}`]);
  });
});
