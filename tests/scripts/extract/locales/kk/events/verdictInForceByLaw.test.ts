/**
 * A verdict's legal force told "by the law": "Заң бойынша үкім 15 күн ішінде заңды күшіне енеді."
 * (a sentence written for the check) gave "A law comes into force". The law cue (the noun "заң"
 * with a verb of its act in the sentence, locales/kk/events/triggersLawsAndDecrees.ts) took "заңды
 * күшіне енеді" for that verb; "заңды" before "күшіне" is the adjective, legal force, a court
 * decision's and never a law's act (the bare "күшіне ен-" cue already knew it). Generated over the
 * law cited (its cases and postpositions), the verdict's nouns, the day and the verb's tenses; a
 * law itself entering into force as the control. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';
import { verbForms } from './kkVerbParadigm';

const PUB = '2025-03-12';
const CITED = [
  'Заң бойынша',
  'Заңға сәйкес',
  'Заңның талабы бойынша',
  'Кодекске сәйкес',
  'Қылмыстық-процестік кодекс бойынша',
];
const HOLDERS = ['үкім', 'сот үкімі', 'соттың шешімі', 'аудандық соттың қаулысы'];
const DAYS = ['10 наурызда', '15 күн ішінде'];
const FORMS = (['past', 'present', 'perfect'] as const).map((f) => verbForms('ен')[f]);

const CASES = CITED.flatMap((law) =>
  HOLDERS.flatMap((holder) =>
    DAYS.flatMap((day) => FORMS.map((verb) => `${law} ${holder} ${day} заңды күшіне ${verb}.`)),
  ),
);

describe('a verdict entering into legal force, by the law, is no law', () => {
  it.each(CASES)('%s', (s) => {
    expect(kindsAndDays('kk', s, PUB)).not.toContainEqual(expect.stringMatching(/^law /u));
  });
  it.each(FORMS)('a law still enters into force: Заң 10 наурызда күшіне %s', (verb) => {
    expect(kindsAndDays('kk', `Заң 10 наурызда күшіне ${verb}.`, PUB)).toContainEqual(
      expect.stringMatching(/^law \d{4}-03-10$/u),
    );
  });
});
