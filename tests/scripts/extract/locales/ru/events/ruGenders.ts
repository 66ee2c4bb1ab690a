/**
 * Russian agreement in gender and number, shared by the tests that generate verb forms
 * (verbParadigm.test.ts, predicateAudit.test.ts): the past and short-passive endings, "был" and a
 * subject of each gender.
 */
export type Gender = 'm' | 'f' | 'n' | 'pl';
export const GENDERS: Gender[] = ['m', 'f', 'n', 'pl'];
export const PAST: Record<Gender, string> = { m: 'л', f: 'ла', n: 'ло', pl: 'ли' };
export const SHORT: Record<Gender, string> = { m: '', f: 'а', n: 'о', pl: 'ы' };
export const WAS: Record<Gender, string> = { m: 'был', f: 'была', n: 'было', pl: 'были' };
export const ACTOR: Record<Gender, string> = {
  m: 'Президент',
  f: 'Комиссия',
  n: 'Правительство',
  pl: 'Депутаты',
};
