/**
 * Merging across articles compares only reports of one kind, facet and subject (stages/merge.ts
 * acrossKey), so that thousands of articles are not compared pair by pair. It must give what
 * comparing every pair gives: checked on the candidates of the seeds and authored articles, in
 * shuffled orders.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { fold } from '../../../../scripts/extract/events/fold';
import { readArticle } from '../../../../scripts/extract/stages/article';
import { acrossKey, sameAcrossSources } from '../../../../scripts/extract/stages/merge';

const dir = 'tests/fixtures/authored/texts';
const files = [
  ...readdirSync('seeds').map((f) => join('seeds', f)),
  ...readdirSync(dir)
    .filter((_, i) => i % 8 === 0)
    .map((f) => join(dir, f)),
].filter((f) => f.endsWith('.txt'));
const candidates = files.flatMap(
  (f) => readArticle(f, readFileSync(f), undefined, tagDates).candidates,
);

describe('merging across articles by key', () => {
  it('has reports that merge across articles to test on', () => {
    expect(candidates.length).toBeGreaterThan(200);
    expect(fold(candidates, sameAcrossSources).length).toBeLessThan(candidates.length);
  });

  it('gives what comparing every pair gives, in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(candidates, { minLength: candidates.length }), (list) => {
        expect(fold(list, sameAcrossSources, acrossKey)).toEqual(fold(list, sameAcrossSources));
      }),
      { numRuns: 10 },
    );
  });
});
