/**
 * An election's title says which body was elected when its own sentence tells the chamber or the
 * local council as elected, in the passive or a participle, not only as "X сайлауы" / "выборы в X".
 * Sentences written for the test, generated over the bodies, the verb's forms and both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titleOf = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, `Мәтін.\n\n${s}`, '2024-03-19').events.find((e) => e.type === 'election')
    ?.title.en;

// prettier-ignore
const CASES: Array<['kk' | 'ru', string, string]> = [
  ...['сайланды', 'сайланған'].flatMap((v): Array<['kk', string, string]> => [
    ['kk', `Мәжілістің қазіргі құрамы 2023 жылғы 19 наурызда ${v}.`, 'Parliamentary election'],
    ['kk', `Қалалық мәслихаттың қазіргі құрамы 2023 жылғы 19 наурызда ${v}.`, 'Local council (maslikhat) election'],
  ]),
  ...['избран', 'был избран'].flatMap((v): Array<['ru', string, string]> => [
    ['ru', `Нынешний созыв Мажилиса ${v} 19 марта 2023 года.`, 'Parliamentary election'],
    ['ru', `Нынешний состав маслихата ${v} 19 марта 2023 года.`, 'Local council (maslikhat) election'],
  ]),
  ['ru', 'Это коснется сенаторов, избранных 14 января 2023 года.', 'Senate election'],
  ['kk', 'Облыстық мәслихаттың №14 округі бойынша қосымша сайлау 2024 жылғы 11 тамызда өтеді.', 'Local council (maslikhat) election'],
];

describe('the body an election is of, told in its own sentence', () => {
  it.each(CASES)('%s: %s', (lang, s, en) => expect(titleOf(lang, s)).toBe(en));
  it('a post elected at a council is no council election', () =>
    expect(
      titleOf('kk', 'Облыстық мәслихатқа 2023 жылғы 19 наурызда жаңа хатшы сайланды.'),
    ).not.toBe('Local council (maslikhat) election'));
});
