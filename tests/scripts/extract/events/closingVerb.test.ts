/**
 * Kazakh puts its verb last: a date told after the cue's finite verb and a joint ("және", a comma,
 * "әрі", "ал") is the next clause's. "Президент … етуді ұсынды және 2027 жылы референдум өткізуге
 * болатынын айтты" was a proposal planned for 2027. Sentences written for the test, generated over
 * acts, joints and the later clause's date.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const LEAD = 'Астана, 14 наурыз. Бүгін Астанада Ұлттық құрылтайдың отырысы өтті.';
const ACTS: [string, string][] = [
  ['Президент Парламентті бір палаталы етуді ұсынды', 'proposal'],
  ['Мемлекет басшысы бір палаталы Парламентке көшуді ұсынды', 'proposal'],
  ['Қасым-Жомарт Тоқаев Парламентті бір палаталы етуді ұсынған', 'proposal'],
];
const JOINTS = [' және', ',', ' әрі', ', ал'];
const LATER = [
  ' бұл мәселе бойынша 2027 жылы референдум өткізуге болатынын айтты.',
  ' референдум 2027 жылы өтуі мүмкін екенін атап өтті.',
  ' 20 қыркүйекте реформа жобасы жарияланатынын мәлімдеді.',
];
const cases = ACTS.flatMap(([act, type]) =>
  JOINTS.flatMap((j) => LATER.map((l) => [`${act}${j}${l}`, type] as const)),
);

describe("a date after a Kazakh cue's closing verb is the next clause's", () => {
  it.each(cases)('%s', (sentence, type) => {
    const data = extractSentences('kk', `Құрылтай отырысы\n\n${LEAD} ${sentence}`, '2026-03-14');
    const act = data.events.find((e) => e.type === type);
    // Placed at the day's session or the publication, or left unplaced: never at the later date.
    if (act) {
      expect(act.date.edtf).toBe('2026-03-14');
      expect(act.status).toBe('reported');
    } else expect(data.unplaced.some((u) => u.type === type)).toBe(true);
  });
  it('a date before the verb is still its own', () => {
    const data = extractSentences(
      'kk',
      `Құрылтай отырысы\n\n${LEAD} Президент 2025 жылғы 8 қыркүйекте Парламентті бір палаталы етуді ұсынды және бұл туралы бүгін тағы айтты.`,
      '2026-03-14',
    );
    expect(data.events.find((e) => e.type === 'proposal')?.date.edtf).toBe('2025-09-08');
  });
});
