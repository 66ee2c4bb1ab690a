/**
 * A Russian instruction given on a day the sentence gives ("В конце прошлого года Токаев поручил
 * правительству разработать программу") is a statement of that day, as the Kazakh "… әзірлеуді
 * тапсырды" is; with a deadline it stays the task's day; undated, it takes the day of the news it
 * is told in (the article's publication day here: it is its only news).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUBLISHED = '2025-03-12';
const events = (text: string) =>
  extractSentences('ru', text, PUBLISHED).events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`);

const DATES: Array<[string, string]> = [
  ['В конце прошлого года', '2024'],
  ['В прошлом году', '2024'],
  ['Вчера', '2025-03-11'],
  ['10 марта', '2025-03-10'],
];
const VERBS = ['поручил', 'поручила', 'дал поручение'];
const TASKS = ['разработать новую программу', 'внести поправки в закон', 'подготовить план'];

describe('an instruction given on a day is a statement of that day', () => {
  it.each(
    DATES.flatMap(([date, edtf]) =>
      VERBS.flatMap((verb) =>
        TASKS.map((task) => [`${date} глава государства ${verb} правительству ${task}.`, edtf]),
      ),
    ),
  )('%s', (text, edtf) => {
    expect(events(text)).toEqual([`statement ${edtf} reported`]);
  });
  it.each(TASKS.map((task) => [`Глава государства поручил правительству ${task}.`]))(
    '%s: undated, the news of the day it is told',
    (text) => {
      expect(events(text)).toEqual(['statement 2025-03-12 reported']);
    },
  );
  it.each(TASKS.map((task) => [`Глава государства поручил правительству до 1 июля ${task}.`]))(
    '%s: the deadline is the task',
    (text) => {
      expect(events(text)).toEqual(['other 2025-07-01 planned']);
    },
  );
});
