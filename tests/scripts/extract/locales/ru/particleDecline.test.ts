/**
 * A title declines a foreign name's words, not its particles: "Токаев провёл переговоры с Тамимом
 * бином Хамадом Алем Тани" (the Russian title of a test article written for the check, "…с эмиром
 * Катара Тамимом бин Хамадом Аль Тани"). Generated over names with particles × five oblique cases.
 */
import { describe, expect, it } from 'vitest';
import { declineRuName } from '../../../../../scripts/extract/locales/ru/ruNameCase';

// A man's name in the nominative, genitive, dative, instrumental and prepositional.
const NAMES: string[][] = [
  ['Тамим бин Хамад Аль Тани', 'Тамима бин Хамада Аль Тани', 'Тамиму бин Хамаду Аль Тани', 'Тамимом бин Хамадом Аль Тани', 'Тамиме бин Хамаде Аль Тани'], // prettier-ignore
  ['Фейсал бин Фархан Аль Сауд', 'Фейсала бин Фархана Аль Сауда', 'Фейсалу бин Фархану Аль Сауду', 'Фейсалом бин Фарханом Аль Саудом', 'Фейсале бин Фархане Аль Сауде'], // prettier-ignore
  ['Мухаммед бен Салман', 'Мухаммеда бен Салмана', 'Мухаммеду бен Салману', 'Мухаммедом бен Салманом', 'Мухаммеде бен Салмане'], // prettier-ignore
  ['Александр Ван дер Беллен', 'Александра Ван дер Беллена', 'Александру Ван дер Беллену', 'Александром Ван дер Белленом', 'Александре Ван дер Беллене'], // prettier-ignore
];
const CASES = ['gen', 'dat', 'ins', 'pre'] as const;

const forms = NAMES.flatMap((n) => CASES.map((c, k) => [n[0]!, c, n[k + 1]!]));

describe("a foreign name's particles stay as written when it declines", () => {
  it.each(forms)('%s in the %s: %s', (name, c, written) => {
    expect(declineRuName(name.split(' '), 'm', c as (typeof CASES)[number]).join(' ')).toBe(
      written,
    );
  });
});
