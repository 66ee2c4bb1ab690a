/** Robustness: the whole pipeline never throws on arbitrary Unicode and always writes schema-valid data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../scripts/extract/pipeline';
import { EventsFile } from '../../../src/model/schema';

const kazakhish = fc.string({
  unit: fc.constantFrom(
    ...'аәбғдеқңөұүһіы 0123456789.,:-–«»\n наурызда 2022 жылы қарашада съезі сайлау штаб ашылды'.split(
      '',
    ),
  ),
  maxLength: 400,
});

describe('runPipeline(files)', () => {
  it('never throws and yields schema-valid output, a failure or nothing, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), kazakhish), (text) => {
        const r = runPipeline(
          [{ file: 'x.txt', bytes: new Uint8Array(Buffer.from(text, 'utf8')) }],
          undefined,
          tagDates,
        );
        expect(EventsFile.safeParse(r.data).success).toBe(true);
        if (r.failures.length === 0) expect(r.data.sources).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });

  it('handles a megabyte-long word, a million full stops and 40,000 sentences without failing', () => {
    // 40,000 sentences, not 200,000: every sentence goes through every stage, so the count sets
    // the time (27 s for 200,000 on a busy machine), and bench:extract runs 40,000 longer ones.
    for (const text of ['а'.repeat(1_000_000), '.'.repeat(1_000_000), 'Аа. '.repeat(40_000)]) {
      const r = runPipeline(
        [{ file: 'x.txt', bytes: new Uint8Array(Buffer.from(text, 'utf8')) }],
        undefined,
        tagDates,
      );
      expect(r.failures).toEqual([]);
    }
    // Seconds on a quiet machine; the bound only keeps a loaded CI machine from failing it (speed
    // is measured by npm run bench:extract, not here).
  }, 300_000);
});
