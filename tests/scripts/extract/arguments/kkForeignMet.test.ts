/**
 * A foreign surname in the Kazakh comitative is the one met. "Тоқаев Ердоғанмен келіссөз
 * жүргізді" (test sentence written for the check) found no one: "Тоқаев Ердоғанмен" was read as
 * one two-word name whose last word has no surname's shape. Now a capitalised stem in
 * -ан/-он/-ен/-эн or -ц with -мен/-пен glued, a word of meeting or talking after it, is the one
 * met (locales/kk/foreignMet.ts), and ends the name before it. Generated over four surnames, three
 * verbs, with and without the host named.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../events/extractSentences';

const MET = [
  { stem: 'Ердоған', with: 'Ердоғанмен' },
  { stem: 'Макрон', with: 'Макронмен' },
  { stem: 'Шольц', with: 'Шольцпен' },
  { stem: 'Байден', with: 'Байденмен' },
];
const VERBS = ['келіссөз жүргізді', 'телефон арқылы сөйлесті', 'Ақордада кездесті'];
const HOSTS = ['Тоқаев ', 'Қасым-Жомарт Тоқаев ', ''];
const CASES = MET.flatMap((m) =>
  VERBS.flatMap((v) => HOSTS.map((h) => ({ text: `11 наурызда ${h}${m.with} ${v}.`, ...m, h }))),
);

describe('a foreign surname in the comitative is the one met', () => {
  it.each(CASES)('$text', ({ text, stem, with: w, h }) => {
    const events = extractSentences('kk', text, '2025-03-12').events;
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).toContain(stem);
    expect(events.map((e) => e.title.kk).join(' | ')).toContain(`${h.trim()} ${w}`.trim());
  });
  it.each([
    ['Регионмен жұмыс істеді', 'Регион'],
    ['Құранмен кездесті', 'Құран'],
  ])('not a noun: %s', (tail, noun) => {
    const e = extractSentences('kk', `11 наурызда Тоқаев ${tail}.`, '2025-03-12');
    expect(e.events.flatMap((x) => x.actors.map((a) => a.name))).not.toContain(noun);
  });
});
