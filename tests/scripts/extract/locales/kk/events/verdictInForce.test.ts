/**
 * A verdict's or a court decision's legal force is not a law: "үкім заңды күшіне енді", "сот
 * шешімі 5 наурызда заңды күшіне енеді". "Заңды" before "күшіне" is the adjective (legal force),
 * never the law; a law takes force as "заң күшіне енді". A court's resolution ("соттың қаулысы")
 * is no decree either. Generated over the verdict's nouns, the
 * day and the verb's tenses; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';
import { verbForms } from './kkVerbParadigm';

const PUB = '2025-03-12';
const HOLDERS = [
  'Сот үкімі',
  'Үкім',
  'Соттың шешімі',
  'Сот шешімі',
  'Аудандық соттың қаулысы',
  'Апелляциялық алқаның шешімі',
];
const DAYS = ['10 наурызда', '2025 жылғы 1 наурызда', 'кеше', 'он күннен кейін'];
const FORMS = (['past', 'present', 'perfect', 'reported'] as const).map((f) => verbForms('ен')[f]);

describe('a verdict entering into legal force is no law', () => {
  it.each(HOLDERS)('%s … заңды күшіне ен-', (holder) => {
    for (const day of DAYS)
      for (const verb of FORMS) {
        const s = `${holder} ${day} заңды күшіне ${verb}.`;
        expect(kindsAndDays('kk', s, PUB), s).not.toContainEqual(
          expect.stringMatching(/^(?:law|decree) /u),
        );
      }
  });
  it.each(DAYS)('a law and a decree still enter into force: %s', (day) => {
    expect(kindsAndDays('kk', `Заң ${day} күшіне енді.`, PUB)[0]).toMatch(/^law /u);
    expect(kindsAndDays('kk', `Үкіметтің қаулысы ${day} күшіне енді.`, PUB)).toContainEqual(expect.stringMatching(/^decree /u)); // prettier-ignore
  });
});
