/**
 * A lone foreign surname is the subject of a visit or a meeting (locales/kk/foreignSubject.ts).
 * "Макрон Астанаға келді" named no one, and "Ердоған Тоқаевпен кездесті" one man, "Ердоған
 * Тоқаев": a Kazakh surname in a case after a foreign one is another person, the one met.
 * Generated over foreign surnames × Kazakh surnames in the comitative × places in the dative ×
 * verbs, in sentences written for the test; controls: a Kazakh or a listed given name before a
 * surname stays one name, and a noun of a surname's shape names no one.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { extractSentences } from '../../events/extractSentences';

const names = (text: string) => findPersons(text, 'kk').map((p) => p.name);

const FOREIGN = ['Макрон', 'Ердоған', 'Эрдоған', 'Шольц', 'Рахмон', 'Мерц'];
// A Kazakh surname in the comitative: -пен after the voiceless в of -ов/-ев, -мен after a vowel.
const HOSTS = [
  ['Тоқаев', 'Тоқаевпен'],
  ['Бектенов', 'Бектеновпен'],
  ['Жұмағұлова', 'Жұмағұловамен'],
  ['Ермекбаев', 'Ермекбаевпен'],
] as const;
const MEET = ['кездесті.', 'телефон арқылы сөйлесті.', 'Ақордада жүздесті.'];
const PLACES = ['Астанаға', 'Алматыға', 'Түркістанға'];
const COME = ['келді.', 'ресми сапармен келді.', 'жұмыс сапарымен барды.'];

const met = FOREIGN.flatMap((f) =>
  HOSTS.flatMap(([host, withHost]) =>
    MEET.map((v) => [`${f} ${withHost} ${v}`, [f, host]] as const),
  ),
);
const came = FOREIGN.flatMap((f) =>
  PLACES.flatMap((p) => COME.map((v) => [`${f} ${p} ${v}`, [f]] as const)),
);
const controls = [
  ['Ерлан Тоқаевпен кездесті.', ['Ерлан Тоқаев']],
  ['Нұрлан Бектеновпен телефон арқылы сөйлесті.', ['Нұрлан Бектенов']],
  ['Арман Ермекбаевпен кездесті.', ['Арман Ермекбаев']],
  ['Иван Петровпен кездесті.', ['Иван Петров']],
  ['Эммануэль Макрон Астанаға келді.', ['Эммануэль Макрон']],
  ['Вивиан Балакришнанмен кездесті.', ['Вивиан Балакришнан']],
  ['Стадион Астанаға келді.', []],
  ['Ресейден Астанаға делегация келді.', []],
] as const;

describe('a lone foreign surname, the subject of a visit or a meeting', () => {
  it.each([...met, ...came, ...controls])('%s', (text, people) => {
    expect(names(text)).toEqual(people);
  });
});

/** The visit itself: "Макрон Астанаға келді" gave no event (the cue read no traveller). */
describe('a lone foreign surname makes the visit', () => {
  it.each(came)('%s', (text, [f]) => {
    const events = extractSentences('kk', text, '2025-03-12').events;
    expect(
      events.filter((e) => e.type === 'meeting').flatMap((e) => e.actors.map((a) => a.name)),
    ).toContain(f);
  });
});
