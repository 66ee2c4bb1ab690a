/**
 * An act told as the predicate of a "после того как …" or "с тех пор как …" clause came before the
 * main clause's: undated there, it is background, not the article's news of the day. "Токаев
 * занимает пост главы государства с 20 марта, после того как Назарбаев сложил полномочия" was a
 * resignation on the publication day. Sentences written for this test, generated over the
 * conjunction's forms, the clause's place and the acts; a dated clause keeps its day, and a
 * noun that the main clause's verb governs too ("… принял закон, президент его подписал") stays.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const PUBLISHED = '2019-04-23';
const placed = (text: string) =>
  eventsOf('ru', text, PUBLISHED).events.map((e) => `${e.type} ${e.date.edtf}`);

const CONJUNCTIONS = ['после того как', 'после того, как', 'с тех пор как', 'с тех пор, как'];
// [the clause's act, its kind]
const ACTS: Array<[string, string]> = [
  ['Назарбаев сложил полномочия', 'resignation'],
  ['аким области подал в отставку', 'resignation'],
  ['президент подписал указ', 'decree'],
  ['Мажилис принял закон', 'law'],
];
const MAIN = 'ситуация в регионе изменилась';

const cases = CONJUNCTIONS.flatMap((conj) =>
  ACTS.flatMap(([act, kind]) => [
    { text: `${conj[0]!.toUpperCase()}${conj.slice(1)} ${act}, ${MAIN}.`, kind },
    { text: `${MAIN[0]!.toUpperCase()}${MAIN.slice(1)}, ${conj} ${act}.`, kind },
  ]),
);

describe('an undated act of a "после того как" clause is not of the publication day', () => {
  it.each(cases)('$text', ({ text, kind }) => {
    expect(placed(text)).not.toContain(`${kind} ${PUBLISHED}`);
  });
});

describe('what stays dated', () => {
  it.each([
    ['После того как Мажилис 5 марта принял закон, Сенат одобрил его.', 'law 2019-03-05'],
    [
      'Назарбаев сложил полномочия, после чего Токаев стал президентом.',
      `resignation ${PUBLISHED}`,
    ],
    ['После того как парламент принял закон, президент его подписал.', `law ${PUBLISHED}`],
  ])('%s', (text, want) => {
    expect(placed(text)).toContain(want);
  });
});
