/**
 * A date inside a Russian relative clause: the clause's own act when another predicate's object is
 * its antecedent ("… и подписали пакет документов, часть которых ратифицировали 5 февраля"), the
 * event named before it when nothing else does ("реформа, которую президент предложил 8
 * сентября") or when the clause tells when that event happens ("выборы, которые пройдут 19 марта").
 * Sentences written for this test, generated over openings of the clause and its verbs.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const datesOf = (text: string, type: string, published = '2025-05-14') =>
  eventsOf('ru', text, published)
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

const OPENINGS = ['которые', 'часть которых', 'большинство из которых'];
const OTHER_ACTS = ['парламенты ратифицировали', 'депутаты одобрили', 'стороны опубликовали'];

describe("a date in a relative clause whose antecedent is another predicate's object", () => {
  for (const opening of OPENINGS) {
    for (const act of OTHER_ACTS) {
      it(`"провели заседание … и подписали документы, ${opening} ${act} 5 февраля" is no sitting of 5 February`, () => {
        const text = `Лидеры двух стран провели заседание Высшего государственного совета и подписали пакет документов, ${opening} ${act} 5 февраля.`; // prettier-ignore
        expect(datesOf(text, 'meeting')).not.toContain('2025-02-05');
      });
    }
  }
});

describe('a date in a relative clause that tells the event named before it', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Начались выборы в Мажилис, которые пройдут 19 марта.', 'election', '2025-03-19', '2025-02-01'], // prettier-ignore
    ['Акорда объявила о государственном визите Токаева в Узбекистан, который намечен на 20 июня.', 'meeting', '2025-06-20', '2025-05-14'], // prettier-ignore
    ['Депутаты обсудили парламентскую реформу, которую президент предложил 8 сентября.', 'reform', '2024-09-08', '2025-05-14'], // prettier-ignore
    ['Сенат вернул на доработку закон о лоббизме, который депутаты приняли 22 февраля.', 'law', '2025-02-22', '2025-05-14'], // prettier-ignore
  ];
  for (const [text, type, date, published] of cases) {
    it(`${text} → ${type} ${date}`, () => {
      expect(datesOf(text, type, published)).toContain(date);
    });
  }
});
