/**
 * A Russian vote or gathering named as a reference point takes the date written right after its
 * phrase ("после выборов 20 марта 2016 года"), with the adjectives of its noun between the
 * preposition and the noun too ("после досрочных выборов …", "по итогам внеочередного съезда …"):
 * the date was read only with the noun right after the preposition (events/dateOwnership.ts).
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PREPOSITIONS = ['После', 'По итогам'];
const PHRASES: Array<[string, string]> = [
  ['выборов в Мажилис', 'election'],
  ['досрочных выборов в Мажилис', 'election'],
  ['внеочередных парламентских выборов', 'election'],
  ['внеочередного съезда партии', 'congress'],
];

describe('a reference point with adjectives before its noun', () => {
  it('every preposition and phrase: the event takes the date after it', () => {
    const wrong = PREPOSITIONS.flatMap((p) =>
      PHRASES.flatMap(([phrase, type]) => {
        const text = `Расклад сил не изменился. ${p} ${phrase} 20 марта 2016 года расклад сохранился.`;
        const got = kindsAndDays('ru', text, '2024-12-14');
        return got.includes(`${type} 2016-03-20`) ? [] : [`${text} → ${got.join(', ')}`];
      }),
    );
    expect(wrong).toEqual([]);
  });
  it('a noun of another case after the adjective is no reference phrase', () => {
    const got = kindsAndDays(
      'ru',
      'Расклад сил не изменился. После долгих споров о выборах 20 марта 2016 года решили молчать.',
      '2024-12-14',
    );
    expect(got).not.toContain('election 2016-03-20');
  });
});
