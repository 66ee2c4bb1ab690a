/**
 * With the nearest date another noun's (a participle's or a clause's: "15 қарашада өткен
 * сайлаудың", "выборов, прошедших 15 ноября"), the cue takes its own date told before it: "ОСК
 * дүйсенбі күні 15 қарашада өткен сайлаудың қорытындысын бекітті" is Monday's approval, not the
 * publication day's. A weekday in apposition to that date is part of its phrase. Generated over the
 * cue's own date and the noun; sentences written for the test. Published Thursday 20 November 2025.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2025-11-20';
const WHEN_KK: readonly [string, string][] = [
  ['дүйсенбі күні', '2025-11-17'],
  ['кеше', '2025-11-19'],
  ['18 қарашада', '2025-11-18'],
];
const NOUNS_KK = ['сайлаудың', 'аудан әкімдері сайлауының', 'мәслихат депутаттары сайлауының'];
const WHEN_RU: readonly [string, string][] = [
  ['в понедельник', '2025-11-17'],
  ['вчера', '2025-11-19'],
  ['18 ноября', '2025-11-18'],
];
const NOUNS_RU = ['выборов', 'выборов акимов районов', 'выборов депутатов маслихата'];

describe("the cue's own date before another noun's", () => {
  it.each(WHEN_KK)('kk: "ОСК %s 15 қарашада өткен … қорытындысын бекітті"', (when, day) => {
    for (const noun of NOUNS_KK) {
      const got = kindsAndDays('kk', `Орталық сайлау комиссиясы ${when} 15 қарашада өткен ${noun} қорытындысын бекітті.`, PUB); // prettier-ignore
      expect(got, noun).toEqual(expect.arrayContaining(['election 2025-11-15', `other ${day}`]));
    }
  });
  it.each(WHEN_RU)('ru: "ЦИК %s утвердила итоги …, прошедших 15 ноября"', (when, day) => {
    for (const noun of NOUNS_RU) {
      const got = kindsAndDays('ru', `ЦИК ${when} утвердила итоги ${noun}, прошедших 15 ноября.`, PUB); // prettier-ignore
      expect(got, noun).toEqual(expect.arrayContaining(['election 2025-11-15', `other ${day}`]));
    }
  });
  it("a weekday in apposition to the other noun's date is of its phrase", () => {
    const got = kindsAndDays('kk', 'Орталық сайлау комиссиясы бүгін, сенбі күні, 15 қарашада өткен сайлаудың қорытындысын бекітті.', PUB); // prettier-ignore
    expect(got).toContain('other 2025-11-20');
    expect(got).not.toContain('other 2025-11-15');
  });
});
