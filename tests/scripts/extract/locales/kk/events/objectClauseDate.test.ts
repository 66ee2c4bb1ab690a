/**
 * A Kazakh verb of saying and the clause it reports date apart: in "Тоқаев 10 наурызда референдум
 * 20 сәуірде өтетінін мәлімдеді" the statement is of 10 March and the referendum of 20 April
 * (each date stands one word from the other's cue). Generated: date positions × reported
 * participles (past and future, both vowel harmonies, accusative and "туралы") × verbs of saying ×
 * subjects. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const SUBJECTS = ['Тоқаев', 'Мемлекет басшысы', 'ОСК төрағасы'];
const SAYINGS = ['мәлімдеді', 'айтты', 'хабарлады', 'атап өтті'];
/** The reported act: its noun, its participle, its day, and its type. */
const ACTS = [
  ['референдум', 'өтетінін', '20 сәуірде', '2026-04-20', 'referendum'],
  ['референдум', 'өтетіні туралы', '20 сәуірде', '2026-04-20', 'referendum'],
  ['референдум', 'өткенін', '20 ақпанда', '2026-02-20', 'referendum'],
  ['Мәжіліс сайлауы', 'болатынын', '20 сәуірде', '2026-04-20', 'election'],
  ['Мәжіліс сайлауы', 'болғаны жайлы', '20 ақпанда', '2026-02-20', 'election'],
  ['Мәжіліс сайлауы', 'өткізілгенін', '20 ақпанда', '2026-02-20', 'election'],
] as const;
/** Where the saying's day stands: after the main subject, opening the sentence, after the object. */
const ORDERS = [
  (s: string, d: string, obj: string, v: string) => `${s} ${d} ${obj} ${v}.`,
  (s: string, d: string, obj: string, v: string) => `${d} ${s} ${obj} ${v}.`,
  (s: string, d: string, obj: string, v: string) => `${s} ${obj} ${d} ${v}.`,
];

const cases = ORDERS.flatMap((order, o) =>
  SUBJECTS.flatMap((s) =>
    SAYINGS.flatMap((v) =>
      ACTS.map(
        ([noun, participle, day, edtf, type]) =>
          [order(s, '10 наурызда', `${noun} ${day} ${participle}`, v), edtf, type, o] as const,
      ),
    ),
  ),
);

describe('Kazakh: the saying and its reported object date apart', () => {
  it.each(cases)('%s', (sentence, edtf, type) => {
    const events = extractSentences('kk', sentence, '2026-03-12').events;
    const dayOf = (t: string) => events.filter((e) => e.type === t).map((e) => e.date.edtf);
    expect(dayOf(type)).toEqual([edtf]);
    expect(dayOf('statement')).toEqual(['2026-03-10']);
  });
});
