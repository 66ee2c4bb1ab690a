/**
 * A date after "пригласил … посетить" is the visit's, the act invited to, not the invitation's:
 * "Путин пригласил Токаева посетить Москву в апреле" (published in March 2025) was an invitation of
 * April 2024, told as done (events/sameClause.ts). A date before the verb still dates the
 * invitation. Generated: invitees × places × dates, for a publication in March 2025. Sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const INVITED = ['Касым-Жомарта Токаева', 'президента Казахстана Касым-Жомарта Токаева'];
const VERBS = ['посетить Москву', 'посетить Россию', 'приехать в Москву'];
const AFTER = [
  ['в апреле', '2024-04'],
  ['15 мая', '2024-05-15'],
  ['в следующем году', '2026'],
  ['осенью', '2024-FA'],
] as const;

const dates = (sentence: string) =>
  extractSentences('ru', sentence, PUB)
    .events.filter((e) => e.type === 'proposal')
    .map((e) => e.date.edtf);

describe('a date after the act invited to is not the invitation’s', () => {
  for (const who of INVITED)
    for (const verb of VERBS)
      for (const [when, wrong] of AFTER) {
        const sentence = `Президент России Владимир Путин пригласил ${who} ${verb} ${when} с официальным визитом.`;
        it(sentence, () => {
          const got = dates(sentence);
          expect(got).toEqual([PUB]);
          expect(got).not.toContain(wrong);
        });
      }
});

describe('a date before the verb dates the invitation', () => {
  for (const who of INVITED)
    for (const verb of VERBS) {
      const sentence = `Президент России Владимир Путин 10 марта пригласил ${who} ${verb} с официальным визитом.`;
      it(sentence, () => expect(dates(sentence)).toEqual(['2025-03-10']));
    }
});
