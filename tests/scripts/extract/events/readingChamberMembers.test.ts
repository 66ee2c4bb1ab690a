/**
 * A bill's reading by a chamber's members ("Сенаторы рассмотрят законопроект", "Мәжіліс
 * депутаттары заң жобасын талқылайды") is in that chamber, not "in Parliament": the members name
 * no organisation, and the title read the chamber from the event's organisations only. Sentences
 * written for the test, generated over the members' nouns, their cases and word orders.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => e.title.en);

// prettier-ignore
const RU: [string, string][] = [
  ['Сенаторы 25 марта рассмотрят законопроект об образовании.', 'the Senate'],
  ['Законопроект об образовании сенаторы рассмотрят 25 марта.', 'the Senate'],
  ['Сенаторам предстоит 25 марта рассмотреть законопроект об образовании.', 'the Senate'],
  ['Депутаты Мажилиса 25 марта рассмотрят законопроект об образовании.', 'the Mazhilis'],
  ['Депутатам Мажилиса предстоит 25 марта рассмотреть законопроект об образовании.', 'the Mazhilis'],
  ['Мажилисмены рассмотрят законопроект об образовании 25 марта.', 'the Mazhilis'],
];
// prettier-ignore
const KK: [string, string][] = [
  ['Сенаторлар заң жобасын 25 наурызда қарайды.', 'the Senate'],
  ['Сенаторлар 25 наурызда заң жобасын қарамақ.', 'the Senate'],
  ['Мәжіліс депутаттары заң жобасын 25 наурызда талқылайды.', 'the Mazhilis'],
  ['Мәжіліс депутаттары 25 наурызда заң жобасын қарамақ.', 'the Mazhilis'],
  ['Мәжілісмендер заң жобасын 25 наурызда қарайды.', 'the Mazhilis'],
];

describe("a bill read by a chamber's members is read in that chamber", () => {
  it.each(RU)('ru %s', (text, ch) =>
    expect(titles('ru', text)).toEqual([`A bill to be read in ${ch}`]),
  );
  it.each(KK)('kk %s', (text, ch) =>
    expect(titles('kk', text)).toEqual([`A bill to be read in ${ch}`]),
  );
});
