/**
 * A party or a candidate passing into a chamber ("прошла в Мажилис", "в маслихаты прошли три
 * партии") was elected to it; a sitting held in a chamber ("прошло в Мажилисе") was not.
 * Generated over the chambers, the verb's forms and both orders.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const CHAMBERS = ['Мажилис', 'Сенат', 'Парламент', 'маслихат', 'маслихаты'];
// [subject, verb, publication]: past forms before the article's day, future after it.
const FORMS: Array<[string, string, string]> = [
  ['Партия', 'прошла', '2023-05-01'],
  ['Три партии', 'прошли', '2023-05-01'],
  ['Кандидат', 'прошел', '2023-05-01'],
  ['Кандидат', 'прошёл', '2023-05-01'],
  ['Партия', 'пройдет', '2023-02-01'],
  ['Две партии', 'пройдут', '2023-02-01'],
];

describe('passing into a chamber is an election', () => {
  for (const chamber of CHAMBERS)
    for (const [who, verb, published] of FORMS) {
      for (const sentence of [
        `${who} ${verb} в ${chamber} 19 марта.`,
        `19 марта в ${chamber} по партийным спискам ${verb} ${who.toLowerCase()}.`,
      ])
        it(sentence, () => {
          const events = eventsOf('ru', sentence, published).events;
          expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual([
            'election',
            '2023-03-19',
          ]);
        });
    }

  it.each(['Мажилисе', 'Сенате', 'Парламенте'])(
    'a sitting held in the %s is no election',
    (in_) => {
      const events = eventsOf('ru', `Заседание прошло в ${in_} 19 марта.`, '2023-05-01').events;
      expect(events.map((e) => e.type)).not.toContain('election');
    },
  );
});
