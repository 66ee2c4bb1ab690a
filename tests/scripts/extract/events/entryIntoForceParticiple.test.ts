/**
 * A law described by two participles joined by "и", each with its date ("закон, подписанный 20
 * апреля и вступивший в силу 1 июля"), is told in two steps: the entry into force on its own date,
 * the signing or adoption keeps its own. The second participle is a second predicate
 * (locales/ru/ruVerbForms.ts AND_PREDICATE), so the date before "и" is not the entry's, and a law
 * cue in the phrase does not take the noun's date (locales/ru/events/attributePhrase.ts).
 * Generated over genders, numbers and cases of the noun and its participles; sentences written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUBLISHED = '2025-12-01';
// [sentence with {first}, {force}, {d1}, {d2}], by the form of the participles it needs.
type Form = 'm' | 'pl' | 'prep' | 'gen';
const SENTENCES: Array<[Form, string]> = [
  ['m', 'Закон, {first} {d1} и {force} в силу {d2}, ввёл новые правила.'],
  ['m', 'Новый Кодекс, {first} {d1} и {force} в силу {d2}, свёл нормы воедино.'],
  ['pl', 'Законы, {first} {d1} и {force} в силу {d2}, изменили порядок.'],
  ['prep', 'Министр напомнил о законе, {first} {d1} и {force} в силу {d2}.'],
  ['gen', 'Нормы закона, {first} {d1} и {force} в силу {d2}, изменили порядок.'],
];
const FIRST: Record<Form, string[]> = {
  m: ['подписанный Президентом', 'подписанный', 'принятый', 'утверждённый Главой государства'],
  pl: ['подписанные Президентом', 'принятые'],
  prep: ['подписанном Главой государства', 'принятом'],
  gen: ['подписанного Президентом', 'принятого'],
};
const FORCE: Record<Form, string> = {
  m: 'вступивший',
  pl: 'вступившие',
  prep: 'вступившем',
  gen: 'вступившего',
};
const DATES: Array<[string, string, string, string]> = [
  ['20 апреля 2023 года', '1 июля', '2023-04-20', '2023-07-01'],
  ['18 июля 2025 года', '1 января 2026 года', '2025-07-18', '2026-01-01'],
  ['5 марта 2024 года', '16 марта', '2024-03-05', '2024-03-16'],
];

describe('signed and in force, told in participles, are two steps on their own days', () => {
  for (const [form, sentence] of SENTENCES)
    for (const first of FIRST[form])
      it(`${sentence.slice(0, 24)}… ${first}`, () => {
        for (const [d1, d2, v1, v2] of DATES) {
          const text = sentence
            .replace('{first}', first)
            .replace('{force}', FORCE[form])
            .replace('{d1}', d1)
            .replace('{d2}', d2);
          const got = kindsAndDays('ru', text, PUBLISHED);
          expect(got, text).toEqual(expect.arrayContaining([`law ${v1}`, `law ${v2}`]));
          expect(got, text).not.toContain(`law ${PUBLISHED}`);
        }
      });

  it('keeps one participle with its one date one step', () => {
    expect(kindsAndDays('ru', 'Закон, подписанный 20 апреля 2023 года, ввёл новые правила.', PUBLISHED)).toEqual(['law 2023-04-20']); // prettier-ignore
    expect(kindsAndDays('ru', 'Закон, вступивший в силу 1 июля 2023 года, ввёл новые правила.', PUBLISHED)).toEqual(['law 2023-07-01']); // prettier-ignore
  });
});
