import { describe, expect, it } from 'vitest';
import { clauseIndex, datesIndex } from '../../../../scripts/extract/events/clauseIndex';

// Lookups must answer as the scans they replace: generated sentences, each question asked both ways.
const seeded = (seed: number) => () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);

function sentence(seed: number) {
  const next = seeded(seed);
  const parts = ['Тоқаев', 'келіп', 'өткен', 'референдум', ',', 'мәлімдеді', '.', '10', 'сәуірде'];
  const text = Array.from({ length: 5 + (next() % 30) }, () => parts[next() % parts.length]).join(
    ' ',
  );
  const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({
    w: m[0],
    at: m.index,
    end: m.index + m[0].length,
  }));
  const marks = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index);
  return { text, words, breaks: marks(/,/gu), stops: marks(/[.,]/gu), next };
}

const chains = (w: string) => /(?:ып|іп|ен)$/u.test(w);

describe('clauseIndex', () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('answers as scans do (sentence %i)', (n) => {
    const { text, words, breaks, stops, next } = sentence(n);
    const index = clauseIndex(text, words, breaks, stops, chains);
    for (let q = 0; q < 20; q++) {
      const a = next() % (text.length + 1);
      const b = a + (next() % (text.length + 1 - a));
      expect(index.startBefore(a)).toBe(Math.max(-1, ...breaks.filter((x) => x < a)) + 1);
      const stop = stops.find((x) => x >= a);
      expect(index.endAfter(a)).toBe(stop ?? text.length);
      const from = next() % (words.length + 1);
      const tail = words.slice(from).filter((x) => x.end <= b);
      expect(index.lastWordWithin(from, b)).toBe(tail.at(-1)?.w);
      expect(index.chainsWithin(a, b)).toBe(
        words.some((x) => x.at >= a && x.end <= b && chains(x.w)),
      );
    }
  });
});

describe('datesIndex', () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('answers as filters do (dates %i)', (n) => {
    const next = seeded(n);
    let at = 0;
    const dates = Array.from({ length: next() % 8 }, () => {
      const start = (at += next() % 10);
      return { start, end: (at += 1 + (next() % 10)) };
    });
    // (Out of order or nested now and then: the answer must not change.)
    if (n % 3 === 0) dates.reverse();
    if (n % 5 === 0 && dates[0]) dates.push({ start: dates[0].start, end: dates[0].end - 1 });
    const index = datesIndex(dates);
    for (let q = 0; q < 20; q++) {
      const a = next() % (at + 2);
      const b = a + (next() % (at + 2 - a));
      const found = dates.filter((d) => d.start >= a && d.end <= b);
      expect(index.within(a, b)).toEqual({
        count: found.length,
        last: found.at(-1),
        lastButOne: found.at(-2),
      });
      expect(index.anyWithin(a, b)).toBe(found.length > 0);
    }
  });
});
