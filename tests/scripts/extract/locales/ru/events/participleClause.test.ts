/**
 * Russian: a participle after a comma tells its noun's own happening, as a "который" clause does:
 * "итоги выборов акимов семи районов, прошедших 17 ноября" dates the election, not the approval of
 * its results. Generated over the participle and the noun phrase; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-11-20';
const at = (s: string) => kindsAndDays('ru', s, PUB);

const DONE = ['прошедших', 'состоявшихся', 'проходивших', 'проведенных'];
const ELECTIONS = [
  'выборов',
  'выборов акимов',
  'выборов акимов семи районов',
  'выборов в маслихат области',
];

describe('a participle clause dates its noun', () => {
  it.each(DONE)('"ЦИК утвердила итоги …, %s 17 ноября"', (participle) => {
    for (const noun of ELECTIONS) {
      const got = at(`ЦИК утвердила итоги ${noun}, ${participle} 17 ноября.`);
      expect(got, noun).toContain('election 2025-11-17');
      expect(
        got.filter((k) => !k.startsWith('election')),
        noun,
      ).not.toContain('other 2025-11-17');
    }
  });
  it.each(['назначенных', 'запланированных'])('"… к выборам, %s на 15 марта"', (participle) => {
    expect(at(`Комиссия начала подготовку к выборам, ${participle.replace(/ых$/u, 'ым')} на 15 марта.`)).toContain('election 2026-03-15'); // prettier-ignore
  });
});
