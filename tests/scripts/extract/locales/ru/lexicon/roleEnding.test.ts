/**
 * A Russian role noun is its stem and a case ending, not any word that starts with the stem:
 * "Мажилис одобрил кандидатуру Олжаса Бектенова" (test sentence written for the check) gave
 * Bektenov the role "кандидатуру", because any ending of up to four letters was taken
 * (locales/ru/lexicon/roles.ts). The candidacy, a body (акимат), a quality (членство, лидерство) and an
 * adjective (депутатский, главный) are no roles. Generated over the stems' nouns in every case,
 * singular and plural, and the derivations.
 */
import { describe, expect, it } from 'vitest';
import { isRoleWord } from '../../../../../../scripts/extract/arguments/isRoleWord';
import { findPersons } from '../../../../../../scripts/extract/arguments/findPersons';

const CASES = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'];
const STEMS = [
  'депутат',
  'министр',
  'аким',
  'президент',
  'директор',
  'кандидат',
  'эксперт',
  'лидер',
  'политолог',
];
const SOFT = ['председател', 'заместител', 'руководител', 'представител'];
const SOFT_CASES = ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях'];
const NOT_ROLES = [
  'кандидатуру',
  'кандидатура',
  'кандидатурой',
  'акимат',
  'акимата',
  'акиматом',
  'членство',
  'лидерство',
  'депутатский',
  'депутатская',
  'главный',
  'главное',
  'президентский',
];

describe('a Russian role noun is its stem and a case ending', () => {
  it.each([
    ...STEMS.flatMap((s) => CASES.map((c) => s + c)),
    ...SOFT.flatMap((s) => SOFT_CASES.map((c) => s + c)),
    'глава',
    'главы',
    'главой',
    'главе',
    'главу',
    'журналистка',
    'журналистки',
  ])('a role: %s', (w) => {
    expect(isRoleWord(w, 'ru')).toBe(true);
  });
  it.each(NOT_ROLES)('no role: %s', (w) => expect(isRoleWord(w, 'ru')).toBe(false));
  it.each(['одобрил', 'поддержали', 'рассмотрит', 'согласовал'])(
    'the candidacy names no role: Мажилис %s кандидатуру Олжаса Бектенова',
    (v) => {
      const found = findPersons(`Мажилис ${v} кандидатуру Олжаса Бектенова.`, 'ru');
      expect(found.map((p) => [p.name, p.role ?? ''])).toEqual([['Олжас Бектенов', '']]);
    },
  );
});
