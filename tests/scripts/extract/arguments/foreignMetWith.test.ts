/**
 * A foreign surname declined after "с" is the one met. "Токаев провёл переговоры с Эрдоганом"
 * (test sentence written for the check) was titled "Tokayev holds talks": a lone surname after a
 * preposition was a person only in -ин/-ко (locales/ru/metWith.ts), and "Эрдоганом",
 * "Макроном", "Шольцем" are none. Now a capitalised word in -ан, -он, -ен or -ц in the
 * instrumental after "с" names whom one met or talked with; "с Законом" stays none. Generated over
 * three surnames and three meeting verbs.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../events/extractSentences';

const MET = [
  { ins: 'Эрдоганом', en: 'Erdo' },
  { ins: 'Макроном', en: 'Macron' },
  { ins: 'Шольцем', en: 'Scholz' },
];
const VERBS = [
  { ru: 'провёл переговоры с', en: 'holds talks with' },
  { ru: 'встретился с', en: 'meets' },
  { ru: 'провёл телефонный разговор с', en: 'holds a phone call with' },
];
const CASES = MET.flatMap((m) =>
  VERBS.map((v) => ({
    text: `11 марта Токаев ${v.ru} ${m.ins}.`,
    title: `Tokayev ${v.en} ${m.en}`,
  })),
);

describe('a foreign surname after "с" is the one met', () => {
  it.each(CASES)('$text', ({ text, title }) => {
    const en = extractSentences('ru', text, '2025-03-12').events.map((e) => e.title.en);
    expect(en.join(' | ')).toContain(title);
  });
  it('not a capitalised noun of that shape', () => {
    const e = extractSentences('ru', '11 марта Токаев ознакомился с Законом.', '2025-03-12');
    expect(e.events.flatMap((x) => x.actors.map((a) => a.name))).not.toContain('Закон');
  });
});
