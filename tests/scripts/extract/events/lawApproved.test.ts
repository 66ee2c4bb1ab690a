/**
 * The Senate approving a law ("Сенат одобрил закон о выборах") is the law's adoption, titled so:
 * "одобрил" was no step of a law's life (RU_LAW_STEPS), so the title named the law and no act
 * ("The law on elections"). The chamber that adopts it is the title's subject ("The Senate passes
 * the law on elections": titlesChamberLaw.ts). Sentences written for this test, generated over
 * named laws, the forms of "одобрить" (past, future) and the day (published 12 February 2025).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (text: string) =>
  extractSentences('ru', text, '2025-02-12')
    .events.filter((e) => e.type === 'law')
    .map((e) => e.title.en);

const LAWS: Array<[string, string]> = [
  ['закон о выборах', 'the law on elections'],
  ['закон о средствах массовой информации', 'the law on mass media'],
  ['закон о политических партиях', 'the law on political parties'],
  ['Налоговый кодекс', 'the Tax Code'],
];
const FORMS: Array<[(law: string) => string, string]> = [
  [(law) => `Сенат 10 февраля одобрил ${law}.`, 'passes'],
  [(law) => `10 февраля сенаторы одобрили ${law}.`, 'passes'],
  [(law) => `Сенат на пленарном заседании 10 февраля одобрил ${law}.`, 'passes'],
  [(law) => `Сенат одобрит ${law} 20 февраля.`, 'to pass'],
];

describe('a law the Senate approved is adopted', () => {
  const cases = LAWS.flatMap(([law, name]) =>
    FORMS.map(([sentence, step]) => [sentence(law), `The Senate ${step} ${name}`] as const),
  );
  it.each(cases)('%s → %s', (text, title) => expect(titles(text)).toContain(title));
});
