/**
 * A decree, a government resolution or an order entering into force is one act: "Үкіметтің
 * қаулысы 10 наурызда күшіне енді" is the decree's event, not also a law's ("күшіне ену" alone is a
 * law's cue where no decree is its subject). Generated over the holders, the day and the verb's
 * tenses; a law, and a law by a decree, as controls. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';
import { verbForms } from './kkVerbParadigm';

const PUB = '2025-03-12';
const HOLDERS = [
  'Үкіметтің қаулысы',
  'Үкімет қаулысы',
  'Президенттің Жарлығы',
  'Мемлекет басшысының Жарлығы',
  'Премьер-Министрдің өкімі',
  'Жаңа Жарлық',
  'Бұл қаулы',
];
const DAYS = [
  '10 наурызда',
  '2025 жылғы 1 наурыздан бастап',
  'кеше',
  'ресми жарияланған күннен бастап 10 наурызда',
];
const FORMS = (['past', 'present', 'perfect', 'reported'] as const).map((f) => verbForms('ен')[f]);

describe('a decree entering into force is one event', () => {
  it.each(HOLDERS)('%s … күшіне ен-', (holder) => {
    for (const day of DAYS)
      for (const verb of FORMS) {
        const s = `${holder} ${day} күшіне ${verb}.`;
        const kinds = kindsAndDays('kk', s, PUB).map((k) => k.split(' ')[0]);
        expect(kinds, s).toEqual(['decree']);
      }
  });
  it.each(DAYS)('a law still enters into force, by a decree too: %s', (day) => {
    expect(kindsAndDays('kk', `Заң ${day} күшіне енді.`, PUB)).toContainEqual(expect.stringMatching(/^law /u)); // prettier-ignore
    expect(kindsAndDays('kk', `Жарлыққа сәйкес заң ${day} күшіне енді.`, PUB)).toContainEqual(expect.stringMatching(/^law /u)); // prettier-ignore
  });
});
