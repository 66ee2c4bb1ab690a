/**
 * An appeal of a state, a person or a body to an organisation names both. "Казахстан обратился к
 * ОДКБ" (a sentence written for this test) was titled "A statement" / "Заявление" / "Мәлімдеме":
 * the Russian cue "обратился к" is a statement's, whose title asks who spoke (a person, a post, a
 * body), and a state named as the subject is none of them; the Kazakh "ҰҚШҰ-ға жүгінді" was no
 * event. Generated over states, organisations, tenses and both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2022-01-06').events.map(
    (e) => `${e.title.en} | ${e.title.ru} | ${e.title.kk}`,
  );

// [en, ru nominative, ru past verb, kk]
const STATES = [
  ['Kazakhstan', 'Казахстан', 'обратился', 'Қазақстан'],
  ['Russia', 'Россия', 'обратилась', 'Ресей'],
  ['Kyrgyzstan', 'Кыргызстан', 'обратился', 'Қырғызстан'],
] as const;
// [en, ru as written after "к", ru in the title, kk as written, kk in the title]
const ORGS = [
  ['the CSTO', 'ОДКБ', 'ОДКБ', 'ҰҚШҰ-ға', 'ҰҚШҰ-ға'],
  ['the UN', 'Организации Объединенных Наций', 'ООН', 'Біріккен Ұлттар Ұйымына', 'БҰҰ-ға'],
  ['the EAEU', 'Евразийскому экономическому союзу', 'ЕАЭС', 'ЕАЭО-ға', 'ЕАЭО-ға'],
  ['the Organization of Turkic States', 'Организации тюркских государств', 'Организации тюркских государств', 'Түркі мемлекеттері ұйымына', 'Түркі мемлекеттері ұйымына'], // prettier-ignore
] as const;

const CASES = STATES.flatMap(([en, ru, ruV, kk]) =>
  ORGS.flatMap(([enO, ruO, ruTitle, kkO, kkTitle]) => [
    ['ru', `5 января 2022 года ${ru} ${ruV} к ${ruO} за помощью.`, `${en} appeals to ${enO} | ${ru} ${ruV} к ${ruTitle} | ${kk} ${kkTitle} жүгінді`] as const, // prettier-ignore
    ['ru', `${ru} ${ruV} к ${ruO} 5 января.`, `${en} appeals to ${enO} | ${ru} ${ruV} к ${ruTitle} | ${kk} ${kkTitle} жүгінді`] as const, // prettier-ignore
    ['ru', `${ru} обратится к ${ruO} 10 января 2022 года.`, `${en} to appeal to ${enO} | ${ru} обратится к ${ruTitle} | ${kk} ${kkTitle} жүгінбек`] as const, // prettier-ignore
    ['kk', `${kk} 2022 жылғы 5 қаңтарда ${kkO} жүгінді.`, `${en} appeals to ${enO} | ${ru} ${ruV} к ${ruTitle} | ${kk} ${kkTitle} жүгінді`] as const, // prettier-ignore
    ['kk', `2022 жылғы 5 қаңтарда ${kk} ${kkO} көмек сұрап жүгінді.`, `${en} appeals to ${enO} | ${ru} ${ruV} к ${ruTitle} | ${kk} ${kkTitle} жүгінді`] as const, // prettier-ignore
    ['kk', `${kk} 2022 жылғы 5 қаңтарда ${kkO} өтініш жасады.`, `${en} appeals to ${enO} | ${ru} ${ruV} к ${ruTitle} | ${kk} ${kkTitle} жүгінді`] as const, // prettier-ignore
    ['kk', `${kk} 2022 жылғы 10 қаңтарда ${kkO} жүгінбек.`, `${en} to appeal to ${enO} | ${ru} обратится к ${ruTitle} | ${kk} ${kkTitle} жүгінбек`] as const, // prettier-ignore
  ]),
);

describe('an appeal to an organisation names who appealed and to whom', () => {
  it.each(CASES)('%s: %s', (lang, text, title) => {
    expect(titles(lang, text)).toContain(title);
  });
  // (A person or a body appeals too: "Tokayev appeals to the CSTO", "Правительство обратилось".)
  it.each([
    ['ru', 'Президент Токаев 5 января обратился к ОДКБ.', 'Tokayev appeals to the CSTO | Токаев обратился к ОДКБ | Тоқаев ҰҚШҰ-ға жүгінді'], // prettier-ignore
    ['kk', 'Үкімет 2022 жылғы 5 қаңтарда ЕАЭО-ға өтініш жасады.', 'The Government appeals to the EAEU | Правительство обратилось к ЕАЭС | Үкімет ЕАЭО-ға жүгінді'], // prettier-ignore
  ] as const)('%s: %s', (lang, text, title) => {
    expect(titles(lang, text)).toContain(title);
  });
  // (Two states are no one state's appeal, and a body of another's no body named alone.)
  it.each([
    ['ru', 'Казахстан и Кыргызстан 5 января обратились к ООН.'],
    ['ru', 'Казахстан 5 января обратился к Совету Безопасности ООН.'],
  ] as const)('%s: %s', (lang, text) => {
    for (const t of titles(lang, text)) expect(t).not.toMatch(/^(?:Kazakhstan|Kyrgyzstan) appeals/u); // prettier-ignore
  });
});
