/**
 * Russian names a district by its adjective, and the district's Russian name is that adjective in
 * the nominative whatever its case: "Алмалинского района", "в Бостандыкском районе" are
 * "Алмалинский район", "Бостандыкский район" (not "район Алмалин"). Generated over the stems, the
 * adjective's cases and the noun's; phrases written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findLocalities } from '../../../../../scripts/extract/arguments/findLocalities';

const STEMS = ['Алмалин', 'Бостандык', 'Карасай', 'Ауэзов', 'Турксиб'];
// [adjective ending, район with its ending]
const CASES: ReadonlyArray<readonly [string, string]> = [
  ['ий', 'район'],
  ['ого', 'района'],
  ['ому', 'району'],
  ['им', 'районом'],
  ['ом', 'районе'],
];

describe('a Russian district is named by its adjective in the nominative', () => {
  it.each(STEMS)('%sский район in each case', (stem) => {
    for (const [adj, noun] of CASES) {
      const hits = findLocalities(`Аким ${stem}ск${adj} ${noun} встретился с жителями.`, 'ru');
      expect(hits.map((h) => [h.kind, h.name.ru])).toEqual([['district', `${stem}ский район`]]);
    }
  });
});
