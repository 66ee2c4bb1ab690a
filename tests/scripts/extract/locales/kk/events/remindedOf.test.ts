/**
 * What a speaker reminds of ("… міндетін қойғанын еске салды", "… болғанын еске алды") is recalled,
 * not the news of the day: the Address in which a task was set took the day of the sitting where it
 * was recalled. "Еске салды", "еске алды" in every form join "еске салайық" as a recall cue.
 * Sentences written for the test, after a lead told today.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const REMINDED = ['еске салды', 'еске салған', 'еске салып өтті', 'еске алды', 'еске алған'];
const ACTS: Array<[string, string]> = [
  ['Мемлекет басшысы Жолдауында бұл міндетті қойғанын', 'address'],
  ['Мәжіліс бұл заңды қабылдағанын', 'law'],
  ['Президент бұл туралы Жарлыққа қол қойғанын', 'decree'],
];
const LEAD = 'Үкімет отырысы бүгін Ақордада өтті.';

describe('what a speaker reminds of is recalled', () => {
  it('every act and form of reminding: not placed on the publication day', () => {
    const wrong = REMINDED.flatMap((verb) =>
      ACTS.flatMap(([clause, type]) => {
        const text = `${LEAD}\n\nПремьер-министр ${clause} ${verb}.`;
        const got = extractSentences('kk', text, '2024-06-04');
        const placed = got.events.filter((e) => e.type === type);
        return placed.length === 0 ? [] : [`${text} → ${placed.map((e) => e.date.edtf).join()}`];
      }),
    );
    expect(wrong).toEqual([]);
  });
  it('a date of its own still places it', () => {
    const text = `${LEAD}\n\nТараптар алдыңғы сапар 2023 жылғы қарашада болғанын еске алды.`;
    const got = extractSentences('kk', text, '2024-06-04').events.map(
      (e) => `${e.type} ${e.date.edtf}`,
    );
    expect(got).toContain('meeting 2023-11');
  });
  it('the news told without reminding keeps its day', () => {
    const text = `${LEAD}\n\nПремьер-министр бүгін Жарлыққа қол қойды.`;
    const got = extractSentences('kk', text, '2024-06-04').events.map(
      (e) => `${e.type} ${e.date.edtf}`,
    );
    expect(got).toContain('decree 2024-06-04');
  });
});
