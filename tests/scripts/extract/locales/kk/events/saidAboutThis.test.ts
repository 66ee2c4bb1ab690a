/**
 * A Kazakh report "about this" ("Бұл туралы … хабарлады") on a day its own clause gives is itself a
 * statement of that day; undated, it only sources the news before it. "Мәлім ету" (to make known)
 * is a verb of stating, like "мәлімдеу". Generated over subjects, days and verbs; sentences written
 * for this test. (Russian "Об этом сообщил вчера …" still only dates the news before.)
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const SUBJECTS = [
  'облыстық департамент',
  'партияның баспасөз қызметі',
  'аудандық комиссия төрағасы Әлия Серікова',
];
const DAYS: [string, string][] = [
  ['бүгін', '2025-04-10'],
  ['кеше', '2025-04-09'],
  ['8 сәуірде', '2025-04-08'],
];
const SAID = ['хабарлады', 'айтты', 'мәлім етті'];
const PUB = '2025-04-10';

describe('Kazakh: said about this', () => {
  it('is a statement of the day its clause gives', () => {
    for (const subject of SUBJECTS)
      for (const [day, iso] of DAYS)
        for (const verb of SAID) {
          const text = `Ауылдағы мектептің құрылысы аяқталды. Бұл туралы ${day} ${subject} ${verb}.`;
          const events = eventsOf('kk', text, PUB).events;
          const said = events.find((e) => e.type === 'statement' && e.date.edtf === iso);
          expect(said, text).toBeDefined();
        }
  });

  it('is no statement of its own when its clause gives no day', () => {
    for (const subject of SUBJECTS)
      for (const verb of ['хабарлады', 'айтты']) {
        const text = `Бұл туралы ${subject} ${verb}.`;
        const events = eventsOf('kk', text, PUB).events;
        expect(
          events.filter((e) => e.type === 'statement'),
          text,
        ).toEqual([]);
      }
  });

  it('"мәлім етті" states, in every tense it tells', () => {
    for (const verb of ['мәлім етті', 'мәлім еткен', 'мәлім етеді'])
      for (const subject of SUBJECTS) {
        const text = `${subject[0]!.toUpperCase()}${subject.slice(1)} 8 сәуірде жаңа кестені ${verb}.`;
        const events = eventsOf('kk', text, PUB).events;
        expect(
          events.some((e) => e.type === 'statement'),
          text,
        ).toBe(true);
      }
  });
});
