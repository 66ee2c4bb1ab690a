/**
 * A filing on a day of its own, in either order: "группа подала уведомление 16 сентября", "первые
 * два заявления группа подавала в октябре 2023 года", "иск будет подан 20 июня". A "заявление"
 * filed is an application, not a statement; a resignation asked for ("подал заявление об отставке")
 * is the resignation's; a full participle counting filings ("11 из 74 поданных уведомлений") is no
 * act. Sentences written for this test, generated over genders and numbers, tenses, voices, the
 * order and what is filed.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';
import { ACTOR, GENDERS, PAST, type Gender } from './ruGenders';

const events = (text: string) =>
  eventsOf('ru', text, '2024-06-14').events.map((e) => `${e.type} ${e.date.edtf}`);

/** What is filed, in the accusative. */
const FILED = ['заявление', 'заявку', 'уведомление', 'иск', 'жалобу', 'апелляцию', 'ходатайство'];
/** Filed: the perfective and the imperfective past of each gender and number. */
const FILES = (g: Gender) => [`пода${PAST[g]}`, `подава${PAST[g]}`];

describe('a filing of a day is an event of that day', () => {
  for (const g of GENDERS)
    for (const verb of FILES(g))
      for (const what of FILED) {
        const before = `${ACTOR[g]} ${verb} ${what} 5 июня.`;
        const after = `${what[0]!.toUpperCase()}${what.slice(1)} ${ACTOR[g].toLowerCase()} ${verb} 5 июня.`;
        for (const text of [before, after])
          it(`${text} → other 2024-06-05, no statement`, () => {
            const got = events(text);
            expect(got).toContain('other 2024-06-05');
            expect(got).not.toContain('statement 2024-06-05');
          });
      }
  it.each([
    ['Иск будет подан 20 июня.', 'other 2024-06-20'],
    ['Жалоба была подана 5 июня.', 'other 2024-06-05'],
    ['Апелляция подана 5 июня.', 'other 2024-06-05'],
    ['Партия подаст новое уведомление 20 июня.', 'other 2024-06-20'],
    ['Мы подадим документы и заявление 20 июня.', 'other 2024-06-20'],
  ])('%s → %s', (text, event) => expect(events(text)).toContain(event));
});

describe('no filing', () => {
  it.each([
    'Аким подал заявление об отставке 5 июня.',
    'Министр подал заявление о сложении полномочий 5 июня.',
    'В 2023 году было согласовано лишь 11 из 74 поданных уведомлений.',
    'Искусственный интеллект подал пример 5 июня.',
  ])('%s → no filing', (text) =>
    expect(events(text).filter((e) => e.startsWith('other'))).toEqual([]),
  );
});
