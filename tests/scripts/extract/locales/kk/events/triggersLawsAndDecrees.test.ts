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

/*
 * "Өкімет" (the government) starts as "өкім" (an order), but is no decree: "Өкімет 5 наурызда
 * жаңа бағдарлама қабылдады" is not an order adopted. Generated over the noun's cases and the
 * decree cue's verbs; the order's own forms as controls.
 */
const GOVERNMENT = [
  'Өкімет',
  'Өкіметтің өкілдері',
  'Өкімет басшысы',
  'Өкіметке жақын топ',
  'Өкіметтегі өзгерістерден кейін ол',
];
const DECREE_VERBS = [
  '5 наурызда жаңа бағдарлама қабылдады',
  '5 наурызда мәлімдеме жариялады',
  '5 наурызда хатқа қол қойды',
];

describe('"Өкімет" is no order', () => {
  it.each(GOVERNMENT)('%s …', (subject) => {
    for (const verb of DECREE_VERBS) {
      const s = `${subject} ${verb}.`;
      expect(kindsAndDays('kk', s, PUB), s).not.toContainEqual(expect.stringMatching(/^decree /u));
    }
  });
  it.each([
    'Премьер-Министр 5 наурызда өкімге қол қойды.',
    'Өкім 5 наурызда күшіне енді.',
    '2024 жылғы 5 наурыздағы өкімімен комиссия құрылды.',
  ])('an order is still a decree: %s', (s) => {
    expect(kindsAndDays('kk', s, PUB)).toContainEqual(expect.stringMatching(/^decree /u));
  });
});
