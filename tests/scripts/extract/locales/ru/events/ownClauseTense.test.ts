/**
 * In Russian the verb comes before what it governs, so the tense of a trigger's own clause
 * (between the commas around it) is read before the sentence's other clauses: "Президент подписал
 * указ, который вступит в силу …" and "Министр заявил, что съезд пройдет весной" were done, and are
 * the day's news; what the later clause tells is ahead. Sentences written for this test, generated
 * over genders and numbers, verbs of saying and acts, and the future forms of the later clause.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';
import { ACTOR, GENDERS, PAST } from './ruGenders';

const PUBLISHED = '2024-02-14';
const dated = (text: string, type: string) =>
  eventsOf('ru', text, PUBLISHED)
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

/** Verbs of saying that are a statement without a date of their own (not "сообщил", which only sources). */
const SAYING = ['заяви', 'пообеща', 'объяви'];
/** What is said, ahead (and no event of its own): a perfective future, "будет" with a short passive. */
const AHEAD = [
  'работа будет продолжена',
  'цены на топливо не вырастут',
  'программа будет доработана',
  'тарифы останутся прежними',
];

describe('a verb of saying in the past is a statement of the day, whatever it says is ahead', () => {
  for (const g of GENDERS)
    for (const verb of SAYING)
      for (const ahead of AHEAD) {
        const text = `${ACTOR[g]} ${verb}${PAST[g]}, что ${ahead}.`;
        it(`${text} → statement ${PUBLISHED}`, () =>
          expect(dated(text, 'statement')).toContain(PUBLISHED));
      }
});

describe("an act done in the past, with a later clause ahead, is the day's act", () => {
  it.each([
    ['Президент подписал указ, который вступит в силу после опубликования.', 'decree'],
    ['Глава государства подписал закон, который вступит в силу после опубликования.', 'law'],
    ['Президент подписал указ, и он будет опубликован позже.', 'decree'],
  ])('%s → %s of the day', (text, type) => expect(dated(text, type)).toContain(PUBLISHED));
});

describe('what the later clause tells stays ahead', () => {
  it.each([
    ['Министр заявил, что съезд пройдет весной.', 'congress'],
    ['Министр заявила, что выборы состоятся осенью.', 'election'],
  ])('%s → no %s of the day', (text, type) => expect(dated(text, type)).not.toContain(PUBLISHED));
});
