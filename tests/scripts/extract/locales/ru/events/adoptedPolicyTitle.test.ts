/**
 * A policy document adopted is told by its act, as one approved is: "В 2024 году правительство
 * приняло программу" was titled "Event" while "утвердило программу" gave "The Government approves
 * a programme" (events/dueAct.ts approvalAct read "утвердить" only). Generated over subjects,
 * aspects, documents and dates; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const SUBJECTS: Array<[string, string, string]> = [['правительство', 'о', 'The Government']];
const VERBS = ['принял', 'принимал'];
const DOCUMENTS: Array<[string, string]> = [
  ['программу', 'a programme'],
  ['программу развития водного хозяйства', 'a programme'],
  ['концепцию', 'a concept'],
  ['стратегию', 'a strategy'],
];
const DATES = ['В 2024 году', 'В мае 2024 года', '5 мая'];

describe('"приняло программу" is the adoption of a programme', () => {
  it.each(
    DATES.flatMap((d) =>
      SUBJECTS.flatMap(([s, end, who]) =>
        VERBS.flatMap((v) =>
          DOCUMENTS.map(([doc, what]) => [`${d} ${s} ${v}${end} ${doc}.`, `${who} adopts ${what}`]),
        ),
      ),
    ),
  )('%s', (text, title) => {
    const titles = extractSentences('ru', `Астана, 12 марта. ${text}`, '2026-03-12').events.map(
      (e) => e.title.en,
    );
    expect(titles).toEqual([title]);
  });
});
