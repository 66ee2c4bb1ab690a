/**
 * Russian: a joint statement or a declaration signed or adopted by leaders is a document between
 * states (an agreement, `other`), not somebody's statement: "лидеры приняли совместное заявление",
 * "подписали декларацию". Generated over the document's name, its case and the verb (active and
 * passive, before or after the noun); sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const at = (s: string) => kindsAndDays('ru', s, '2024-11-27');
const LEAD = 'Сегодня в Астане президенты Казахстана и Франции провели переговоры.';

const forms = [
  'Лидеры подписали совместное заявление.',
  'Главы государств приняли Совместное заявление.',
  'Лидеры приняли совместную декларацию.',
  'Стороны приняли по итогам переговоров Астанинскую декларацию.',
  'Совместное заявление было принято по итогам переговоров.',
  'Декларация о стратегическом партнерстве принята по итогам встречи.',
];

describe('a joint statement signed or adopted', () => {
  it.each(forms)('%s', (s) => {
    const got = at(`${LEAD} ${s}`);
    expect(got).toContain('other 2024-11-27');
    expect(got.filter((k) => k.startsWith('statement'))).toEqual([]);
  });
  it('a statement made alone stays a statement', () => {
    expect(at('МИД сегодня сделал заявление.')).toEqual(['statement 2024-11-27']);
  });
});
