/**
 * The imperfective past of a verb of saying with its own day is a statement of that day, as its
 * perfective is: "5 мая президент заявлял, что …" gave a bare "Event" where "5 мая президент
 * заявил, что …" gave "The President makes a statement". So did the perfective "сообщил" with a
 * vote in what was said: the chronicle's day ("5 мая …") took the date before the verb of saying.
 * Generated over subjects of each gender and number, imperfective verbs, days and what was said.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const DCT = '2026-03-12';
/** A subject and its past's ending after -л. */
const SUBJECTS: Array<[string, string]> = [
  ['президент', ''],
  ['премьер-министр', ''],
  ['партия', 'а'],
  ['правительство', 'о'],
  ['депутаты', 'и'],
];
/** Imperfective stems of saying, before the past's -л. */
const VERBS = [
  'заявля',
  'сообща',
  'отмеча',
  'подчеркива',
  'говори',
  'рассказыва',
  'поясня',
  'указыва',
];
const DAYS: Array<[string, string]> = [
  ['5 мая', '2025-05-05'],
  ['Вчера', '2026-03-11'],
];
const SAID = ['что выборы пройдут честно', 'что экономика растет'];

describe('an imperfective verb of saying with its own day is a statement', () => {
  const cases = SUBJECTS.flatMap(([subject, ending]) =>
    VERBS.flatMap((stem) =>
      DAYS.flatMap(([day, iso]) =>
        SAID.map((said) => ({ text: `${day} ${subject} ${stem}л${ending}, ${said}.`, iso })),
      ),
    ),
  );
  it.each(cases)('"$text": a statement on $iso', ({ text, iso }) => {
    expect(kindsAndDays('ru', text, DCT)).toEqual([`statement ${iso}`]);
  });
  it('the perfective with a vote in what was said is a statement too ("5 мая президент сообщил, что выборы пройдут честно")', () => {
    expect(kindsAndDays('ru', '5 мая президент сообщил, что выборы пройдут честно.', DCT)).toEqual(['statement 2025-05-05']); // prettier-ignore
  });
  it('undated, it is no event: said at some time, not the day’s news ("Президент неоднократно заявлял, что …")', () => {
    expect(kindsAndDays('ru', 'Президент неоднократно заявлял, что выборы пройдут честно.', DCT)).toEqual([]); // prettier-ignore
  });
});
