/**
 * A date in the main clause of a verb of saying dates the saying, not what it reports after "что"
 * ("Еще 14 марта президент сказал, что готов обсуждать переход к однопалатной модели"; "ОБСЕ
 * сегодня заявила, что выборы были омрачены нарушениями"). A calendar date before a past act told
 * after "что" may be that act's own. Sentences written for this test, generated over the days, the
 * verbs of saying, the sentence shapes and the acts reported.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const PUBLISHED = '2023-05-10';
const VERBS = ['заявил', 'сообщил', 'сказал', 'отметила', 'подчеркнули', 'пообещал'];
const SHAPES = [
  (day: string, verb: string, act: string) => `${day} глава ЦИК ${verb}, что ${act}.`,
  (day: string, verb: string, act: string) => `Президент ${day.toLowerCase()} ${verb}, что ${act}.`,
  (day: string, verb: string, act: string) =>
    `${day} на брифинге в Астане министр ${verb} журналистам, что ${act}.`,
];
/** Acts told as ahead or as a stance: never of the day of the saying. */
const AHEAD: Array<[string, string]> = [
  ['готов обсуждать переход к однопалатному парламенту', 'reform'],
  ['парламент будет распущен досрочно', 'decree'],
  ['выборы в Мажилис пройдут в срок', 'election'],
  ['партия проведет внеочередной съезд', 'congress'],
];
/** Acts told as done: of the day of the saying only when that day is "today" or "yesterday". */
const DONE: Array<[string, string]> = [
  ['выборы были омрачены нарушениями', 'election'],
  ['референдум прошел без нарушений', 'referendum'],
];
const DEICTIC: Array<[string, string]> = [
  ['Сегодня', '2023-05-10'],
  ['Вчера', '2023-05-09'],
];

const dated = (text: string, type: string) =>
  eventsOf('ru', text, PUBLISHED)
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

describe("a day before a verb of saying and its 'что' is the saying's", () => {
  for (const shape of SHAPES) {
    for (const verb of VERBS) {
      for (const [act, type] of [...AHEAD, ...DONE]) {
        for (const [day, date] of DEICTIC) {
          const text = shape(day, verb, act);
          it(`${text} → no ${type} of ${date}`, () =>
            expect(dated(text, type)).not.toContain(date));
        }
      }
      for (const [act, type] of AHEAD) {
        const text = shape('14 марта', verb, act);
        it(`${text} → no ${type} of 14 March`, () =>
          expect(dated(text, type)).not.toContain('2023-03-14'));
      }
    }
  }

  it.each(VERBS.slice(0, 3))(
    "the saying itself is of that day: 'Вчера глава ЦИК %s, что …'",
    (v) => {
      const text = `Вчера глава ЦИК ${v}, что партия проведет внеочередной съезд.`;
      expect(dated(text, 'statement')).toContain('2023-05-09');
    },
  );

  // A calendar date before a past act told as said may be the act's own day.
  it.each([
    ['5 января Токаев объявил, что возглавил Совет безопасности.', 'appointment', '2023-01-05'],
    ['Президент 14 марта заявил, что референдум прошел без нарушений.', 'referendum', '2023-03-14'],
  ])('%s → %s %s', (text, type, date) => expect(dated(text, type)).toContain(date));
});
