/**
 * A chronicle's historical present: "17 сентября 2022 года – президент подписывает поправки о
 * семилетнем сроке полномочий" (a test line written for the check) was titled "Event": the
 * imperfective with a bare plural object is a body's competence ("Президент подписывает законы"),
 * and the rule took any "поправки" for bare. An object that says which is an act. Generated over
 * dates, objects and both imperfective verbs; the competence stays no event.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const DATES = [
  ['17 сентября 2022 года', '2022-09-17'],
  ['5 мая 2023 года', '2023-05-05'],
];
const OBJECTS = [
  'поправки о сроке полномочий главы государства',
  'поправки в Налоговый кодекс',
  'поправки по вопросам выборов',
  'законы о выборах',
];

describe('an imperfective act with an object that says which', () => {
  it.each(
    DATES.flatMap(([d, edtf]) =>
      OBJECTS.map((o) => [`${d} – президент подписывает ${o}.`, edtf] as const),
    ),
  )('%s', (text, edtf) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.map((e) => [e.type, e.date.edtf])).toEqual([['law', edtf]]);
  });

  it.each(['Президент подписывает законы.', 'По Конституции Президент подписывает поправки.'])(
    'a competence is no event: %s',
    (text) => {
      expect(extractSentences('ru', text, PUB).events).toEqual([]);
    },
  );
});
