/**
 * The Constitution by its Kazakh name "Ата Заң" coming into force ("Ата Заң 1 шілдеде күшіне
 * енеді"; test sentences written for the check) was typed and titled a law: the reform's cue knew
 * only "Конституция" and "Негізгі заң", and the law's read "Заң". Now "Ата Заң" is the Constitution
 * too, and no law's cue, in every case ("Ата Заңның жаңа редакциясы"), as "Новая Конституция
 * вступит в силу 1 июля" already is in Russian. Generated over the names and the cases.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const NAMES = ['Ата Заң', 'Жаңа Ата Заң', 'Ата Заңның жаңа редакциясы', 'Негізгі заңның жаңа редакциясы', 'Конституцияның жаңа редакциясы', 'Қазақстанның Ата Заңы']; // prettier-ignore
const VERBS = [
  { verb: '1 шілдеде күшіне енеді', day: '2025-07-01' },
  { verb: '1 шілдеден бастап күшіне енеді', day: '2025-07-01' },
];
const CASES = NAMES.flatMap((name) =>
  VERBS.map((v) => ({ text: `${name} ${v.verb}.`, day: v.day })),
);

describe('"Ата Заң" coming into force is the Constitution, no law', () => {
  it.each(CASES)('kk $text', ({ text, day }) => {
    const d = extractSentences('kk', text, '2025-03-20');
    expect(d.events.map((e) => `${e.type} ${e.date.edtf}`)).toEqual([`reform ${day}`]);
    expect(d.events[0]?.title.en).toMatch(/Constitution to come into force/u);
  });
});
