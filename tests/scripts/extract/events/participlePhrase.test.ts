/**
 * A Kazakh date before a participle belongs to the noun the participle describes, however long that
 * noun's phrase ("кеше өткен Парламент Мәжілісі мен барлық деңгейдегі мәслихат депутаттары
 * сайлауының"): the vote takes the date, and the act told after the phrase (results announced) is
 * the article's news of its day. Generated: participles × dates × noun phrases of 0 to 7 words.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PARTICIPLES = ['өткен', 'өткізілген', 'болған'];
const DATES: Array<[string, string]> = [
  ['кеше', '2023-03-19'],
  ['19 наурызда', '2023-03-19'],
];
const PHRASES = [
  '',
  'Мәжіліс',
  'Парламент Мәжілісі',
  'Мәжіліс және мәслихат депутаттары',
  'Парламент Мәжілісі мен барлық деңгейдегі мәслихат депутаттары',
];

const cases = PARTICIPLES.flatMap((p) =>
  DATES.flatMap(([date, day]) => PHRASES.map((phrase) => [p, date, day, phrase] as const)),
);

describe('a date with its participle dates the noun it describes, not the act after it', () => {
  it.each(cases)('%s after "%s" (%s), phrase "%s"', (participle, date, day, phrase) => {
    const text = `Орталық сайлау комиссиясы ${date} ${participle} ${phrase ? `${phrase} ` : ''}сайлауының алдын ала қорытындысын жариялады.`; // prettier-ignore
    const events = extractSentences('kk', text, '2023-03-20').events.map(
      (e) => `${e.type} ${e.date.edtf}`,
    );
    expect(events).toContain(`election ${day}`);
    expect(events).toContain('statement 2023-03-20');
  });

  it('stops at a comma: a noun after it is not the participle’s', () => {
    const text = 'Кеше өткен жиында, сайлаудың алдын ала қорытындысын жариялады.';
    const events = extractSentences('kk', text, '2023-03-20').events.map((e) => `${e.type} ${e.date.edtf}`); // prettier-ignore
    expect(events).not.toContain('election 2023-03-19');
  });
});
