/**
 * The converb of proposing whose next clause ends in a verb of saying is one act of speech: the
 * proposal is told as done, on the saying's day ("көшуді ұсынып, бұл мәселені референдумда шешу
 * керектігін айтты"). Not where the next clause is another act ("ұсынып, депутаттар оны қолдады"),
 * nor where it names a time of its own, which is what was said. Generated: proposals × verbs of
 * saying. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const proposal = (sentence: string) =>
  findTriggers(sentence, 'kk').some((h) => h.trigger.type === 'proposal' && !h.topic);

const PROPOSED = [
  'бір палаталы Парламентке көшуді',
  'референдум өткізуді',
  'әкімдерді тікелей сайлауды',
  'жаңа атау беруді',
];
const SAYING = ['айтты', 'айтқан болатын', 'атап өтті', 'мәлімдеді', 'жеткізді', 'түсіндірді', 'мәлімдеген еді']; // prettier-ignore

describe('Kazakh: a proposal told by its converb and a saying', () => {
  const cases = PROPOSED.flatMap((p) =>
    SAYING.map(
      (v) =>
        `Мемлекет басшысы Жолдауында ${p} ұсынып, бұл мәселені халықпен ақылдасып шешу керектігін ${v}.`,
    ),
  );
  it.each(cases)('%s', (s) => expect(proposal(s)).toBe(true));
});

describe('Kazakh: no proposal of its own by the converb alone', () => {
  it.each([
    ...PROPOSED.map((p) => `Мемлекет басшысы ${p} ұсынып, депутаттар оны бірден қолдады.`),
    ...PROPOSED.map((p) => `Президент ${p} ұсынып, сайлауды 2023 жылы өткізу қажеттігін айтты.`),
  ])('%s', (s) => expect(proposal(s)).toBe(false));
});
