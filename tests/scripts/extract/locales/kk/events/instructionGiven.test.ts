/**
 * An instruction given on a day its sentence names is a statement of that day, titled as an
 * instruction: "Президент 5 наурызда Үкіметке жоспар әзірлеуді тапсырды" gave no event (the date
 * after the subject read as part of the task, a verbal noun before the verb), nor did
 * "міндеттеді", "жүктеді" or "… жөнінде тапсырма берді". Generated over who instructs, the
 * addressee (bodies and officials in the dative, singular and plural, with the possessive), the
 * task, the verb and two dates; sentences written for the test, through the whole pipeline. A date
 * after the addressee may be the task's, and a dated task with "дейін" is a deadline: those keep
 * their own readings (the deadline case is checked below).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const WHO: Array<[string, string]> = [
  ['Президент', 'The President'],
  ['Мемлекет басшысы', 'The President'],
  ['Премьер-Министр', 'The Prime Minister'],
];
const ADDRESSEES = [
  'Үкіметке',
  'әкімдерге',
  'облыс әкімдеріне',
  'министрліктерге',
  'Бас прокуратураға',
  'Ішкі істер министрлігіне',
  'депутаттарға',
];
const TASKS: Array<[string, string]> = [
  ['жоспар әзірлеуді', 'тапсырды'],
  ['тексеріс жүргізуді', 'міндеттеді'],
  ['тарифтерді қайта қарауды', 'жүктеді'],
  ['жаңа бағдарлама әзірлеу жөнінде', 'тапсырма берді'],
];
const DATES: Array<[string, string]> = [
  ['5 наурызда', '2025-03-05'],
  ['28 ақпанда', '2025-02-28'],
];

const CASES = WHO.flatMap(([who, en]) =>
  ADDRESSEES.flatMap((to) =>
    TASKS.flatMap(([task, verb]) =>
      DATES.map(
        ([date, day]) =>
          [
            `${who} ${date} ${to} ${task} ${verb}.`,
            `statement ${day} ${en} gives instructions`,
          ] as const,
      ),
    ),
  ),
);

describe('an instruction given on a day', () => {
  it.each(CASES)('%s → %s', (text, want) => {
    const events = extractSentences('kk', text, '2025-03-12').events;
    expect(events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`)).toContain(want);
  });

  it('a task with a deadline stays the deadline, not a statement of that day', () => {
    const events = extractSentences(
      'kk',
      'Премьер-Министр министрліктерге 15 сәуірге дейін жұмысты аяқтауды тапсырды.',
      '2025-03-12',
    ).events;
    expect(events.map((e) => `${e.type} ${e.date.edtf}`)).toEqual(['other 2025-04-15']);
  });
});
