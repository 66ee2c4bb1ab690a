/**
 * "Закон, принятый Парламентом 5 марта, …": the participle phrase after the noun holds the law's
 * own cue with the date (its passage); the noun is that law, not a second, undated one put on the
 * publication day (events/ownDate.ts). Generated over nouns, chambers and participle forms;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUBLISHED = '2025-12-01';
const NOUNS: Array<[string, string]> = [
  ['Закон', 'принятый'],
  ['Кодекс', 'одобренный'],
  ['Законы', 'принятые'],
];
const CHAMBERS = ['Парламентом', 'Мажилисом', 'Сенатом'];

describe('a law noun described by its passage is that one act', () => {
  for (const [noun, participle] of NOUNS)
    for (const chamber of CHAMBERS)
      it(`${noun}, ${participle} ${chamber}`, () => {
        for (const [tail, extra] of [
          ['', []],
          [' и вступивший в силу 1 июля', ['law 2023-07-01']],
        ] as const) {
          const force = noun.endsWith('ы') ? tail.replace('вступивший', 'вступившие') : tail;
          const text = `${noun}, ${participle} ${chamber} 5 марта 2023 года${force}, ${noun.endsWith('ы') ? 'ввели' : 'ввёл'} новые правила.`;
          const got = kindsAndDays('ru', text, PUBLISHED);
          expect(got, text).toEqual(expect.arrayContaining(['law 2023-03-05', ...extra]));
          expect(got, text).not.toContain(`law ${PUBLISHED}`);
        }
      });
});
