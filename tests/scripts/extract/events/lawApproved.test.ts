/**
 * The Senate approving a law ("Сенат одобрил закон о выборах") is the law's adoption, titled so:
 * "одобрил" was no step of a law's life (RU_LAW_STEPS), so the title named the law and no act
 * ("The law on elections"). Sentences written for this test, generated over named laws, the
 * forms of "одобрить" (past, future) and the day (published 12 February 2025).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (text: string) =>
  extractSentences('ru', text, '2025-02-12')
    .events.filter((e) => e.type === 'law')
    .map((e) => e.title.en);

const LAWS: Array<[string, string]> = [
  ['закон о выборах', 'The law on elections'],
  ['закон о средствах массовой информации', 'The law on mass media'],
  ['закон о политических партиях', 'The law on political parties'],
  ['Налоговый кодекс', 'The Tax Code'],
];
const FORMS: Array<[(law: string) => string, string]> = [
  [(law) => `Сенат 10 февраля одобрил ${law}.`, 'is adopted'],
  [(law) => `10 февраля сенаторы одобрили ${law}.`, 'is adopted'],
  [(law) => `Сенат на пленарном заседании 10 февраля одобрил ${law}.`, 'is adopted'],
  [(law) => `Сенат одобрит ${law} 20 февраля.`, 'to be adopted'],
];

describe('a law the Senate approved is adopted', () => {
  const cases = LAWS.flatMap(([law, name]) =>
    FORMS.map(([sentence, step]) => [sentence(law), `${name} ${step}`] as const),
  );
  it.each(cases)('%s → %s', (text, title) => expect(titles(text)).toContain(title));
});
