/**
 * A relative clause between commas before the trigger owns its date: "Сенат, который в 2019 году
 * возглавлял Маулен Ашимбаев, принял закон о медиа" (published on 12 March 2025) is a law passed
 * on the day of publication, not in 2019. Generated over the antecedent's gender, the relative
 * pronoun in every case (after a preposition or a governing noun too, and "чей"), three date forms
 * and the acts; a clause telling when its noun happens ("Заседание, которое пройдёт 5 мая, …")
 * and ", когда …" still date the act. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../../../scripts/extract/pipeline';

const events = (text: string) => {
  const body = `Политика\n\nНовости\n\nАстана, 12 марта. ${text}\n`;
  const files = [{ file: 't.txt', bytes: new TextEncoder().encode(body) }];
  const meta = { 't.txt': { language: 'ru', published: '2025-03-12' } };
  const sources = { file: 'sources.json', text: JSON.stringify(meta) };
  return runPipeline(files, sources, tagDates).data.events.map((e) => `${e.type} ${e.date.edtf}`);
};

/** An antecedent, its act, the act's event type, and the clause in each gender's pronoun forms. */
const SUBJECTS = [
  {
    noun: 'Сенат',
    act: 'принял закон о медиа',
    type: 'law',
    clauses: [
      'который {d} возглавлял Маулен Ашимбаев',
      'которым {d} руководил Маулен Ашимбаев',
      'в котором {d} работал Маулен Ашимбаев',
      'которому {d} передали новые полномочия',
      'председателем которого {d} стал Маулен Ашимбаев',
      'чьи полномочия {d} расширили',
    ],
  },
  {
    noun: 'Партия «Аманат»',
    act: 'провела съезд',
    type: 'congress',
    clauses: [
      'которая {d} сменила название',
      'которую {d} возглавил Ерлан Кошанов',
      'которой {d} руководил Ерлан Кошанов',
      'в которой {d} работали депутаты',
      'чей устав {d} изменили',
    ],
  },
  {
    noun: 'Мажилис',
    act: 'одобрил поправки в Конституцию',
    type: 'reform',
    clauses: [
      'депутатов которого избрали {d}',
      'который {d} распустил президент',
      'в котором {d} работали семь партий',
    ],
  },
];
const DATES = ['в 2019 году', 'в марте 2019 года', '5 марта 2019 года'];

const FORMS = SUBJECTS.flatMap(({ noun, act, type, clauses }) =>
  clauses.flatMap((clause) =>
    DATES.map((d) => [`${noun}, ${clause.replace('{d}', d)}, ${act}.`, type]),
  ),
);

describe('a relative clause before the trigger owns its date', () => {
  it.each(FORMS)('%s → %s today', (sentence, type) => {
    const got = events(sentence);
    expect(got).toContain(`${type} 2025-03-12`);
    expect(got.filter((e) => e.startsWith(`${type} 2019`))).toEqual([]);
  });
});

describe('a clause that tells when still dates', () => {
  it.each([
    ['Заседание, которое пройдёт 5 мая, рассмотрит закон о медиа.', '2025-05-05'],
    ['В 2019 году, когда Сенат возглавлял Маулен Ашимбаев, он принял закон о медиа.', '2019'],
  ])('%s', (sentence, edtf) => {
    expect(events(sentence).some((e) => e.endsWith(edtf))).toBe(true);
  });
});
