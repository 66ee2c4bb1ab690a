/**
 * An instruction given on a day its sentence names is a statement of that day, titled as an
 * instruction. "Премьер-министр 5 марта поручил акимам подготовиться к паводкам" gave no event (a
 * reflexive infinitive, "-ться", was not read as the task), nor did an instruction with four words
 * or more before its infinitive ("поручил правительству в течение месяца разработать план").
 * Generated over who instructs (either gender), the addressee, the task (plain and reflexive
 * infinitives, with and without a span of time before it) and two dates; sentences written for
 * the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const WHO: Array<[string, string, string]> = [
  ['Президент', 'поручил', 'The President'],
  ['Премьер-министр', 'поручил', 'The Prime Minister'],
  ['Министр финансов Айгуль Садыкова', 'поручила', 'Aygul Sadykova'],
];
const ADDRESSEES = ['правительству', 'акимам областей', 'министерствам', 'Генпрокуратуре'];
const TASKS = [
  'подготовиться к паводкам',
  'заняться вопросом тарифов',
  'в течение месяца разработать план мероприятий',
  'в кратчайшие сроки разобраться с жалобами',
  'пересмотреть тарифы',
];
const DATES: Array<[string, string]> = [
  ['5 марта', '2025-03-05'],
  ['28 февраля', '2025-02-28'],
];

const CASES = WHO.flatMap(([who, verb, en]) =>
  ADDRESSEES.flatMap((to) =>
    TASKS.flatMap((task) =>
      DATES.map(
        ([date, day]) =>
          [
            `${who} ${date} ${verb} ${to} ${task}.`,
            `statement ${day} ${en} gives instructions`,
          ] as const,
      ),
    ),
  ),
);

describe('an instruction given on a day', () => {
  it.each(CASES)('%s → %s', (text, want) => {
    const events = extractSentences('ru', text, '2025-03-12').events;
    expect(events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`)).toContain(want);
  });
});
