/**
 * A year right after a noun in the genitive ("событий 2022 года") is that noun's, as a month with
 * its year is ("событий января 2022 года"): a commemoration told today of the events of a past
 * year ("почтили память жертв январских событий 2022 года") is not dated to that year. Sentences
 * written for this test, generated over the place, the verb's wording (and a minute's silence), the noun's adjective and
 * the year.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const PLACES = ['В Алматы', 'В Талдыкоргане'];
const VERBS = ['почтили память', 'почтили минутой молчания память'];
const NOUNS = ['январских событий', 'трагических событий', 'событий'];
const YEARS = ['2022', '2021'];

describe('a commemoration is not dated by the year of what it commemorates', () => {
  for (const place of PLACES)
    for (const verb of VERBS)
      for (const noun of NOUNS)
        for (const year of YEARS) {
          const text = `${place} ${verb} жертв ${noun} ${year} года.`;
          it(`${text} → the commemoration is of the publication day`, () => {
            const data = eventsOf('ru', text, '2025-01-05');
            const remembered = data.events.filter((e) => e.title?.en?.startsWith('Commemoration'));
            expect(remembered.map((e) => e.date.edtf)).toEqual(['2025-01-05']);
          });
        }
  for (const place of ['в Алматы', 'в Талдыкоргане'])
    for (const noun of NOUNS)
      for (const year of YEARS) {
        const text = `Годовщину ${noun} ${year} года почтили ${place} минутой молчания.`;
        it(`${text} → the commemoration is of the publication day`, () => {
          const data = eventsOf('ru', text, '2025-01-05');
          const remembered = data.events.filter((e) => e.title?.en?.startsWith('Commemoration'));
          expect(remembered.map((e) => e.date.edtf)).toEqual(['2025-01-05']);
        });
      }
});
