/**
 * A noun in -ат/-ет with its case or possessive ("кандидатын", "мандатын", "аппаратын") reads
 * like the future participle -атын/-етін, but after a date it is the object, not the verb: the
 * date takes the tense of the clause's verb. "Партия 12 сәуірде кандидатын ұсынды", published on
 * 20 April 2024, is 12 April 2024, not 2025. Generated over the nouns, their endings and the tense
 * of the verb; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const value = (text: string) => tagDates(text, { lang: 'kk', dct: '2024-04-20' })[0]?.value;
const NOUNS = ['кандидат', 'мандат', 'аппарат', 'штат', 'формат', 'сертификат'];

describe('a noun in -ат after the date is no future participle', () => {
  it.each(NOUNS)('%s', (noun) => {
    for (const ending of ['ын', 'тарын', 'ына'])
      for (const [verb, year] of [
        ['ұсынды', '2024'],
        ['бекітті', '2024'],
        ['ұсынады', '2025'],
        ['бекітеді', '2025'],
      ] as const)
        expect(value(`Партия 12 сәуірде ${noun}${ending} ${verb}.`), `${noun}${ending} ${verb}`).toBe(`${year}-04-12`); // prettier-ignore
  });
  it('a real future participle still points ahead', () => {
    expect(value('Партия 12 сәуірде өтетін съезде кандидатын ұсынды.')).toBe('2025-04-12');
  });
});
