/**
 * Leaving a post is a resignation: "Нигматулин 1 февраля ушел с поста", "уйдет с должности в мае".
 * Generated over the verb's forms (genders, numbers, future) and the nouns of a post.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const FORMS: Array<[string, string, string]> = [
  ['Спикер', 'ушел', '2022-02-01'],
  ['Спикер', 'ушёл', '2022-02-01'],
  ['Министр', 'ушла', '2022-02-01'],
  ['Депутаты', 'ушли', '2022-02-01'],
  ['Аким', 'уйдет', '2023-02-01'],
  ['Акимы', 'уйдут', '2023-02-01'],
];

describe('leaving a post is a resignation', () => {
  for (const [who, verb, date] of FORMS)
    for (const post of ['с поста', 'с должности'])
      it(`"${who} 1 февраля ${verb} ${post}" is a resignation of ${date}`, () => {
        const events = eventsOf('ru', `${who} 1 февраля ${verb} ${post}.`, '2022-06-10').events;
        expect(events.filter((e) => e.type === 'resignation').map((e) => e.date.edtf)).toContain(
          date,
        );
      });
  it('leaving a room is not', () => {
    const events = eventsOf('ru', 'Депутаты 1 февраля ушли с заседания.', '2022-06-10').events;
    expect(events.filter((e) => e.type === 'resignation')).toEqual([]);
  });
});
