/**
 * A vote set for a day is no appointment, whatever the order of its words: "Жаңа Конституция
 * бойынша республикалық референдумды Президент 2026 жылғы 15 наурызға тағайындады" (the object
 * first, then the subject) gave "An appointment" on 15 March besides the referendum, while the
 * subject first ("Президент … референдумды … тағайындады") gave none. Generated: the objects ×
 * the subjects × the dates × every order of object, subject and date before the verb.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const OBJECTS = [
  'референдумды',
  'республикалық референдумды',
  'Жаңа Конституция бойынша республикалық референдумды',
];
const SUBJECTS = ['Президент', 'Мемлекет басшысы', 'Мемлекет басшысы Қасым-Жомарт Тоқаев'];
const DATES = ['2026 жылғы 15 наурызға', '15 наурызға'];
/** Every order of the three before the verb. */
const ORDERS: ((o: string, s: string, d: string) => string)[] = [
  (o, s, d) => `${o} ${s} ${d}`,
  (o, s, d) => `${s} ${o} ${d}`,
  (o, s, d) => `${s} ${d} ${o}`,
  (o, s, d) => `${o} ${d} ${s}`,
  (o, s, d) => `${d} ${s} ${o}`,
  (o, s, d) => `${d} ${o} ${s}`,
];
const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const SENTENCES = OBJECTS.flatMap((o) =>
  SUBJECTS.flatMap((s) =>
    DATES.flatMap((d) => ORDERS.map((f) => `${capital(f(o, s, d))} тағайындады.`)),
  ),
);

describe('a vote set for a day, in any word order', () => {
  it.each(SENTENCES)('%s', (sentence) => {
    const data = extractSentences('kk', sentence, '2026-03-12');
    expect(data.events.filter((e) => e.type === 'appointment')).toEqual([]);
    expect(data.events.filter((e) => e.type === 'referendum').map((e) => e.date.edtf)).toEqual([
      '2026-03-15',
    ]);
    expect(data.events.filter((e) => e.type === 'decree')).toHaveLength(1);
  });
});

/** A person put in a post is still appointed, with a vote named in another clause or after the verb. */
const PERSONS = [
  'Президент Ахметовты 5 наурызда министр етіп тағайындады.',
  'Мемлекет басшысы Қасым-Жомарт Тоқаев Ерлан Ахметовты 5 наурызда облыс әкімі етіп тағайындады.',
  'Сайлау өтті, ал Президент Ахметовты 5 наурызда министр етіп тағайындады.',
];

describe('a person appointed is not a vote set', () => {
  it.each(PERSONS)('%s', (sentence) => {
    const data = extractSentences('kk', sentence, '2026-03-12');
    expect(data.events.filter((e) => e.type === 'appointment').map((e) => e.date.edtf)).toEqual([
      '2026-03-05',
    ]);
  });
});
