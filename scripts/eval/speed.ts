/**
 * `npx tsx scripts/eval/speed.ts [--cpu]`: one-core tagger throughput on Kazakh text, measured the
 * two ways the targets name: KazNERD validation sentences joined by newlines (repeated, one call
 * per 1 MB chunk) and the seed articles' paragraphs (one call each, as `bench:extract` does).
 * Best of three runs, after a warm-up, so JIT compilation is not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tagDates } from '../extract/dates/tagDates';
import { readIob2 } from './readIob2';

const kaznerd = resolve(import.meta.dirname, '../../../shared/kaznerd/IOB2_valid.txt');
const joined = readIob2(readFileSync(kaznerd, 'utf8'))
  .map((s) => s.text)
  .join('\n');
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
const paragraphs = seeds
  .map((f) => readFileSync(join('seeds', f), 'utf8'))
  .join('\n')
  .repeat(40)
  .split('\n')
  .filter((p) => p.trim());

/** MB/s of `run` over `bytes`, best of three. */
function measure(bytes: number, run: () => void): number {
  run();
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return bytes / 1e6 / (best / 1000);
}

const opts = { lang: 'kk', dct: '2022-03-01' } as const;
const whole = joined.repeat(3);
const kz = measure(Buffer.byteLength(whole), () => void tagDates(whole, opts));
const seedBytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0);
const sd = measure(seedBytes, () => {
  for (const p of paragraphs) tagDates(p, opts);
});
console.log(
  `KazNERD text, one call (${(Buffer.byteLength(whole) / 1e6).toFixed(1)} MB): ${kz.toFixed(2)} MB/s`,
);
console.log(
  `seed paragraphs, one call each (${(seedBytes / 1e6).toFixed(1)} MB): ${sd.toFixed(2)} MB/s`,
);
